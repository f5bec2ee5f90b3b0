-- Uploaded files (attachments to proposals, meeting documents, grant applications). The content is
-- on disk under the id, outside every static path; this is its metadata. Modules refer to a file by
-- its id and decide themselves who may see it.
CREATE TABLE stored_file (
    id             uuid PRIMARY KEY,
    original_name  text NOT NULL CHECK (char_length(original_name) BETWEEN 1 AND 200),
    content_type   text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'application/pdf')),
    size_bytes     bigint NOT NULL CHECK (size_bytes > 0),
    sha256         text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    width          integer CHECK (width > 0),
    height         integer CHECK (height > 0),
    created_at     timestamptz NOT NULL DEFAULT now(),
    CHECK ((width IS NULL) = (height IS NULL))
);
