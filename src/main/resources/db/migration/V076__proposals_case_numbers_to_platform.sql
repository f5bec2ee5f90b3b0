-- Proposals' case numbers move onto the platform's counter (case_number_counter, V071, ADR 0014).
-- The counts handed out so far are carried over and the old table is dropped in this one migration,
-- so both happen or neither (PostgreSQL runs DDL in Flyway's transaction). Doing it here, not from
-- Java at start-up, means no upgrade path can drop the table before its counts were copied, and an
-- old instance still running during a rolling upgrade fails on the missing table (its transaction
-- rolls back, no number used) instead of counting on in a table nobody reads (repeated numbers).
-- GREATEST: never lowers a counter the platform may already hold for the same series and year.
INSERT INTO case_number_counter (series, year, last_number)
SELECT series, year, last_number FROM proposal_case_counter
ON CONFLICT (series, year) DO UPDATE SET last_number = GREATEST(case_number_counter.last_number, EXCLUDED.last_number);

DROP TABLE proposal_case_counter;
