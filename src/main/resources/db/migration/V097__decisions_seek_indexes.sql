-- Indexes for keyset paging of the meeting archive, the meeting and agenda-item APIs and the year
-- filters (issue 10). The id in the meeting indexes is the seek order's tie-breaker, so a page
-- continues exactly after the last meeting shown; both directions serve the upcoming list too.
CREATE INDEX decisions_meeting_date_id ON decisions_meeting (meeting_date, starts_at, id);
DROP INDEX decisions_meeting_date;
CREATE INDEX decisions_meeting_body_date_id ON decisions_meeting (body_id, meeting_date, starts_at, id);
DROP INDEX decisions_meeting_body;
-- The decision search filtered by body, newest first.
CREATE INDEX decisions_decision_body_date ON decisions_decision (body_id, decided_on DESC, id DESC);
-- The year filter's options: a skip scan probes this once per year.
CREATE INDEX decisions_decision_year ON decisions_decision (year);
