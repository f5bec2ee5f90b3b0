-- Rate-limit buckets (Bucket4j's PostgreSQL proxy manager, select-for-update), shared by every app
-- instance so a limit holds across the load balancer. The id is the policy name and an HMAC of the
-- key, never an address or a username. state is Bucket4j's serialised bucket. expires_at (epoch
-- milliseconds, written by Bucket4j) is when the bucket will have refilled completely; after that the
-- row means nothing and is deleted. Bucket4j inserts a row with both null and fills them in the same
-- transaction, so they cannot be NOT NULL.
CREATE TABLE rate_limit_bucket (
    id         text PRIMARY KEY CHECK (length(id) <= 120),
    state      bytea,
    expires_at bigint
);
CREATE INDEX rate_limit_bucket_expires_at_idx ON rate_limit_bucket (expires_at);
