-- Aggregates that pages show but must not recompute on every view (statistics over every row). A
-- module declares a SnapshotSource; the platform's snapshot-refresh task recomputes each one when it
-- is older than the source's interval and stores it here as JSON, so a statistics page reads one row
-- whatever the number of proposals or decisions (platform.scheduling.Snapshots).
CREATE TABLE platform_snapshot (
    name        text PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9.-]{1,79}$'),
    body        jsonb NOT NULL,
    computed_at timestamptz NOT NULL
);
