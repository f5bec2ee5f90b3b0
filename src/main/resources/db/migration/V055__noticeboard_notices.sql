-- The municipality's digital notice board (anslagstavla, Kommunallagen 8 kap 9-13 §): notices of
-- meetings, approvals of minutes (which start the three weeks to appeal) and other notices.
CREATE TABLE noticeboard_notice (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind               text NOT NULL CHECK (kind IN ('MEETING_NOTICE', 'MINUTES_APPROVED', 'OTHER')),
    source_module      text NOT NULL CHECK (length(source_module) BETWEEN 1 AND 60),
    source_ref         text NOT NULL CHECK (length(source_ref) BETWEEN 1 AND 120),
    title              jsonb NOT NULL,
    summary            jsonb,
    body_slug          text,
    posted_on          date NOT NULL,
    event_date         date,
    take_down_on       date NOT NULL,
    last_day_to_appeal date,
    path               text CHECK (path IS NULL OR path ~ '^/[^/]'),
    archived           boolean NOT NULL DEFAULT false,
    withdrawn_at       timestamptz,
    withdrawn_reason   text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    CHECK (take_down_on > posted_on)
);
-- At most one live notice per source record (a withdrawn one may be replaced).
CREATE UNIQUE INDEX noticeboard_notice_source ON noticeboard_notice (source_module, source_ref) WHERE withdrawn_at IS NULL;
CREATE INDEX noticeboard_notice_current ON noticeboard_notice (take_down_on, posted_on) WHERE withdrawn_at IS NULL;
CREATE INDEX noticeboard_notice_archive ON noticeboard_notice (posted_on DESC, id DESC);
