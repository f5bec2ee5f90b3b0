-- The site search's shared index (ADR 0013). Each module declares its searchable content in its
-- manifest with a source that reads only the module's own tables; the platform copies what the
-- source yields into these tables, so the search page never reads a module's tables. One row per
-- entry and language it is written in; the document is built with the shared Swedish + Finnish
-- search_document (V012), so either language's word forms find it.
CREATE TABLE search_index_entry (
    kind        text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9-]{1,39}$'),    -- SearchableContent.kind, e.g. 'decision'
    entry_key   text NOT NULL CHECK (length(entry_key) BETWEEN 1 AND 200), -- the module's key within the kind (its id)
    lang        text NOT NULL CHECK (lang IN ('sv', 'fi', 'fit', 'en')),   -- the language of title, summary and text
    title       text NOT NULL,                                             -- shown as the result's link
    summary     text,                                                      -- one line shown under it
    path        text NOT NULL CHECK (path ~ '^/'),                         -- public page after the language prefix
    entry_date  date,                                                      -- shown; newer entries are preferred as candidates
    document    tsvector NOT NULL,                                         -- search_document(title, summary + text)
    PRIMARY KEY (kind, entry_key, lang)
);
CREATE INDEX search_index_entry_document ON search_index_entry USING gin (document);

-- What each kind was last indexed from: the source's fingerprint. The refresh task re-reads a kind
-- only when its fingerprint has changed.
CREATE TABLE search_index_state (
    kind        text PRIMARY KEY,
    fingerprint text NOT NULL,
    entries     int NOT NULL CHECK (entries >= 0),  -- entries (not rows) in the index for this kind
    indexed_at  timestamptz NOT NULL
);
