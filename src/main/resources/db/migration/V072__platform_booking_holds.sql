-- Holds on bookable resources (premises, sportotek articles, ...): a time range that one booking holds on
-- one resource. The exclusion constraint lets two active holds on the same resource never overlap, also
-- when two transactions insert at the same moment: the second waits for the first and fails with
-- SQLSTATE 23P01 if the first commits (platform.booking.BookingHolds turns that into a conflict).
-- btree_gist gives GiST the equality on text that the constraint needs. It is a trusted extension
-- (PostgreSQL 13+), so the migrating owner role may create it; an administrator may also create it first.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE booking_hold (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    resource_key  text        NOT NULL,          -- the module's name for the resource, e.g. 'premises:12'
    period        tstzrange   NOT NULL,          -- [start, end): half-open, so back-to-back holds do not overlap
    reference     text        NOT NULL,          -- the module's own record that holds it, e.g. 'premises-booking:42'
    status        text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'RELEASED')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    released_at   timestamptz,
    CHECK (length(resource_key) BETWEEN 1 AND 200 AND length(reference) BETWEEN 1 AND 200),
    CHECK (NOT isempty(period) AND lower_inc(period) AND NOT upper_inc(period)
           AND NOT lower_inf(period) AND NOT upper_inf(period)),
    CHECK ((status = 'RELEASED') = (released_at IS NOT NULL)),
    CONSTRAINT booking_hold_no_overlap EXCLUDE USING gist (resource_key WITH =, period WITH &&) WHERE (status = 'ACTIVE')
);
CREATE INDEX booking_hold_reference_idx ON booking_hold (reference);
