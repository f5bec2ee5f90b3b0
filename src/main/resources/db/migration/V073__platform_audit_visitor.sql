-- A change made through a public form without sign-in (e.g. confirming a proposal by an e-mailed
-- link) is recorded as made by a visitor, not passed off as the system's (ADR 0012).
ALTER TABLE audit_log DROP CONSTRAINT audit_log_actor_kind_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_actor_kind_check CHECK (actor_kind IN ('staff', 'resident', 'visitor', 'system'));
