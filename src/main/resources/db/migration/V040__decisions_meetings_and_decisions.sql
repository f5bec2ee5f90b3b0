-- Meetings of the political bodies, their agendas and documents, the decisions taken with their
-- impact assessments, and the registrars' conscious overrides of the Local Government Act's
-- time limits. Bodies are referred to by id and slug from the organisation module (no foreign key
-- into another module's tables).
CREATE TABLE decisions_meeting (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body_id              bigint NOT NULL,
    body_slug            text NOT NULL,
    body_kind            text NOT NULL,
    meeting_date         date NOT NULL,
    starts_at            time NOT NULL,
    ends_at              time NOT NULL,
    place                text NOT NULL CHECK (char_length(place) BETWEEN 1 AND 200),
    online_link          text CHECK (online_link IS NULL OR online_link ~ '^https://'),
    cancelled            boolean NOT NULL DEFAULT false,
    cancel_reason        text,
    notice_posted_on     date,
    approved_on          date,
    approvers            jsonb NOT NULL DEFAULT '[]',
    approval_posted_on   date,
    minutes_file_id      uuid,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    -- iCalendar SEQUENCE: grows with each change subscribers should see.
    sequence             int NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at),
    CHECK (approved_on IS NULL OR approved_on >= meeting_date),
    CHECK (approval_posted_on IS NULL OR (approved_on IS NOT NULL AND approval_posted_on >= approved_on))
);
CREATE INDEX decisions_meeting_date ON decisions_meeting (meeting_date, starts_at);
CREATE INDEX decisions_meeting_body ON decisions_meeting (body_id, meeting_date);

CREATE TABLE decisions_agenda_item (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id   bigint NOT NULL REFERENCES decisions_meeting (id),
    number       int NOT NULL CHECK (number > 0),
    case_number  text CHECK (case_number IS NULL OR char_length(case_number) <= 40),
    title        jsonb NOT NULL,
    -- A citizen proposal the item deals with: its id and, as read when linked, its title and page.
    proposal_id     bigint,
    proposal_title  text,
    proposal_path   text,
    UNIQUE (meeting_id, number)
);

CREATE TABLE decisions_document (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id      bigint NOT NULL REFERENCES decisions_meeting (id),
    agenda_item_id  bigint REFERENCES decisions_agenda_item (id),
    file_id         uuid NOT NULL UNIQUE,
    title           text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    size_bytes      bigint NOT NULL CHECK (size_bytes > 0),
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX decisions_document_meeting ON decisions_document (meeting_id);

CREATE TABLE decisions_decision (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id          bigint NOT NULL REFERENCES decisions_meeting (id),
    agenda_item_id      bigint REFERENCES decisions_agenda_item (id),
    body_id             bigint NOT NULL,
    body_slug           text NOT NULL,
    year                int NOT NULL,
    paragraph           int NOT NULL CHECK (paragraph > 0),
    decided_on          date NOT NULL,
    case_number         text,
    title               jsonb NOT NULL,
    body                jsonb NOT NULL,
    category            text NOT NULL,
    votes_yes           int CHECK (votes_yes >= 0),
    votes_no            int CHECK (votes_no >= 0),
    votes_abstain       int CHECK (votes_abstain >= 0),
    reservations        text,
    proposal_id         bigint,
    proposal_title      text,
    proposal_path       text,
    -- Free reference to a budget item until the budget module exists.
    budget_reference    text,
    gender_status       text NOT NULL CHECK (gender_status IN ('ASSESSED', 'NOT_RELEVANT', 'MISSING')),
    gender_text         text,
    gender_affects      boolean,
    gender_statistics   boolean,
    gender_consequences boolean,
    gender_measures     boolean,
    health_status       text NOT NULL CHECK (health_status IN ('ASSESSED', 'NOT_RELEVANT', 'MISSING')),
    health_text         text,
    child_status        text NOT NULL CHECK (child_status IN ('ASSESSED', 'NOT_RELEVANT', 'MISSING')),
    child_text          text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    search              tsvector GENERATED ALWAYS AS (search_document(
                            coalesce(title ->> 'sv', '') || ' ' || coalesce(title ->> 'fi', '') || ' '
                                || coalesce(title ->> 'fit', '') || ' ' || coalesce(title ->> 'en', '') || ' ' || coalesce(case_number, ''),
                            coalesce(body ->> 'sv', '') || ' ' || coalesce(body ->> 'fi', '') || ' '
                                || coalesce(body ->> 'fit', '') || ' ' || coalesce(body ->> 'en', '') || ' '
                                || coalesce(reservations, ''))) STORED,
    UNIQUE (body_id, year, paragraph),
    -- "Not relevant" and "assessed" both need their text: the reason or the assessment.
    CHECK (gender_status = 'MISSING' OR gender_text IS NOT NULL),
    CHECK (health_status = 'MISSING' OR health_text IS NOT NULL),
    CHECK (child_status = 'MISSING' OR child_text IS NOT NULL)
);
CREATE INDEX decisions_decision_search ON decisions_decision USING gin (search);
CREATE INDEX decisions_decision_date ON decisions_decision (decided_on DESC, id DESC);
CREATE INDEX decisions_decision_meeting ON decisions_decision (meeting_id);
CREATE INDEX decisions_decision_body_year ON decisions_decision (body_id, year);

CREATE TABLE decisions_decision_link (
    decision_id          bigint NOT NULL REFERENCES decisions_decision (id),
    earlier_decision_id  bigint NOT NULL REFERENCES decisions_decision (id),
    PRIMARY KEY (decision_id, earlier_decision_id),
    CHECK (decision_id <> earlier_decision_id)
);
CREATE INDEX decisions_decision_link_earlier ON decisions_decision_link (earlier_decision_id);

-- A registrar went on despite a time-limit warning; the reason is kept with the meeting.
CREATE TABLE decisions_rule_override (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id  bigint NOT NULL REFERENCES decisions_meeting (id),
    rule        text NOT NULL CHECK (rule IN ('COUNCIL_NOTICE_WEEK', 'MINUTES_APPROVED_14_DAYS', 'APPROVAL_POSTED_2_DAYS')),
    reason      text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 2000),
    staff_id    bigint,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX decisions_rule_override_meeting ON decisions_rule_override (meeting_id);
