-- Files sent with a mail (a PDF receipt, a calendar invitation). Stored with the mail in the same
-- transaction and deleted with it when the outbox's retention ends.
CREATE TABLE mail_outbox_attachment (
    mail_id      bigint NOT NULL REFERENCES mail_outbox (id) ON DELETE CASCADE,
    position     int NOT NULL CHECK (position BETWEEN 1 AND 5),
    file_name    text NOT NULL CHECK (file_name ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$'),
    content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'text/calendar', 'image/png', 'image/jpeg')),
    content      bytea NOT NULL CHECK (octet_length(content) BETWEEN 1 AND 5242880),
    PRIMARY KEY (mail_id, position)
);
