-- One-time data tasks of the proposals module that run in the application, not in SQL (e.g. publishing
-- an event for each proposal referred before the event existed). A row says the task ran; it runs once
-- per database, whatever Flyway did before.
CREATE TABLE proposal_backfill (
    name    text PRIMARY KEY,
    done_at timestamptz NOT NULL DEFAULT now()
);
