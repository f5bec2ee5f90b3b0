-- The notice board archive filtered by body, newest first, paged by keyset (issue 10); the
-- unfiltered archive uses noticeboard_notice_archive (V055).
CREATE INDEX noticeboard_notice_body_archive ON noticeboard_notice (body_slug, posted_on DESC, id DESC);
