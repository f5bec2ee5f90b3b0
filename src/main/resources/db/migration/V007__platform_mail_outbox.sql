-- The mail outbox. A module stores its mail here in the transaction of the change that caused it; a
-- scheduled task sends it, retrying with back-off, so an SMTP outage delays mail and loses none.
-- Sent and given-up mail is deleted after a retention period, because it holds personal data.
-- On the demo run (embedded database, no SMTP server) mail is "delivered" by marking it sent with
-- transport 'demo': those rows are the demo inbox administrators can read.
CREATE TABLE mail_outbox (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at      timestamptz NOT NULL DEFAULT now(),
    category        text NOT NULL CHECK (category ~ '^[a-z0-9][a-z0-9._-]{0,99}$'),
    recipient       text NOT NULL CHECK (length(recipient) BETWEEN 3 AND 254),
    recipient_name  text CHECK (length(recipient_name) <= 200),
    subject         text NOT NULL CHECK (length(subject) BETWEEN 1 AND 250),
    body_text       text NOT NULL,
    body_html       text,
    lang            text NOT NULL CHECK (lang IN ('sv', 'fi', 'fit', 'en')),
    unsubscribe_url text CHECK (length(unsubscribe_url) <= 2000),
    status          text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    -- For a pending mail: when it is due, or, while a sender holds it, when that sender's claim expires.
    next_attempt_at timestamptz,
    last_attempt_at timestamptz,
    -- What the last failed attempt said: exception and server reply, addresses masked, never the body.
    last_error      text CHECK (length(last_error) <= 1000),
    transport       text CHECK (transport IN ('smtp', 'demo')),
    sent_at         timestamptz,
    CONSTRAINT mail_outbox_pending_has_due_time CHECK (status <> 'PENDING' OR next_attempt_at IS NOT NULL),
    CONSTRAINT mail_outbox_sent_has_time CHECK (status <> 'SENT' OR (sent_at IS NOT NULL AND transport IS NOT NULL))
);

-- The sender's only query: due pending mail, oldest due first.
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at, id) WHERE status = 'PENDING';
-- The administrators' list of mail that was given up.
CREATE INDEX mail_outbox_failed_idx ON mail_outbox (last_attempt_at DESC, id DESC) WHERE status = 'FAILED';
-- The demo inbox, newest first.
CREATE INDEX mail_outbox_demo_idx ON mail_outbox (sent_at DESC, id DESC) WHERE transport = 'demo';
