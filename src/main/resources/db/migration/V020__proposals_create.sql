-- Citizen proposals (medborgarförslag): from a resident's draft through registration, publication,
-- referral to a body and the answer. Column names are stable: the public list, search, statistics
-- and open data (proposals-public, V030-V034) read them. Personal identity numbers are never stored
-- here; only the resident id (platform table resident, no foreign key across modules).

-- Gap-free case numbers (diarienummer) per series and year. The row is updated with
-- UPDATE ... RETURNING in the submitting transaction, so a rolled-back submission never uses a number
-- and concurrent submissions wait for each other on the row lock.
CREATE TABLE proposal_case_counter (
    series       text NOT NULL,                 -- e.g. 'KS'
    year         int  NOT NULL,                 -- calendar year of submission (Europe/Stockholm)
    last_number  int  NOT NULL DEFAULT 0,       -- the last number handed out in this series and year
    PRIMARY KEY (series, year)
);

CREATE TABLE proposal (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    status                 text NOT NULL CHECK (status IN ('DRAFT', 'AWAITING_CONFIRMATION', 'SUBMITTED', 'AMENDMENT_REQUESTED',
                               'DECLINED', 'PUBLISHED', 'REFERRED', 'ANSWERED', 'WITHDRAWN')), -- where the proposal is in its handling
    channel                text NOT NULL CHECK (channel IN ('E_ID', 'EMAIL', 'PAPER')), -- how it came in: signed in with e-ID, confirmed by e-mail, or registered by staff from paper/visit
    language               text NOT NULL CHECK (language IN ('sv', 'fi', 'fit', 'en')), -- the language the proposer wrote in (shown with this lang attribute)
    title                  text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 150),  -- public title
    body                   text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 10000), -- public text (after any redaction)
    category               text CHECK (category ~ '^[a-z0-9-]{2,40}$'),                 -- optional category slug (ProposalCategory)
    village_slug           text CHECK (village_slug ~ '^[a-z0-9-]{2,60}$'),             -- optional village/area (organisation_village.slug)
    resident_id            bigint,                 -- proposer signed in with e-ID (platform resident.id); null for e-mail and paper routes
    proposer_name          text NOT NULL CHECK (char_length(proposer_name) BETWEEN 1 AND 200), -- public: the proposer's name
    proposer_email         text,                   -- private: for receipts and notices
    proposer_address       text,                   -- private: postal address (e-mail and paper routes), for the residency check
    proposer_phone         text,                   -- private: optional phone
    submitter_sex          text CHECK (submitter_sex IN ('FEMALE', 'MALE')),      -- at submission, for aggregate statistics only
    submitter_age_band     text CHECK (submitter_age_band IN ('0-17', '18-34', '35-64', '65+')), -- at submission, for aggregate statistics only
    case_number            text UNIQUE,            -- diarienummer, e.g. 'KS 2026/17'; set at submission
    case_year              int,                    -- year part of the case number (public URL /medborgarforslag/{case_year}-{case_seq})
    case_seq               int,                    -- running number within series and year
    idempotency_key        uuid UNIQUE,            -- from the submit form: a double submit finds the first proposal
    confirmation_token_hash text UNIQUE,           -- e-mail route: SHA-256 of the confirmation link's token
    confirmation_expires_at timestamptz,           -- e-mail route: link expiry
    receipt_token_hash     text UNIQUE,            -- SHA-256 of the token in the receipt mail's link to the PDF receipt
    edit_token_hash        text UNIQUE,            -- e-mail route: SHA-256 of the token in an amendment mail, lets the proposer edit without e-ID
    registered_by          bigint,                 -- staff account that registered a paper proposal (staff_account.id)
    residency_checked_at   timestamptz,            -- when a registrar confirmed that the proposer is folkbokförd in the municipality
    amendment_request      text,                   -- what the registrar asked the proposer to change (shown to the proposer)
    decline_reason         text,                   -- why it was declined (shown publicly on the timeline and to the proposer)
    created_at             timestamptz NOT NULL DEFAULT now(), -- draft created
    updated_at             timestamptz NOT NULL DEFAULT now(), -- last change of any kind
    submitted_at           timestamptz,            -- sent in (or confirmed, for the e-mail route)
    published_at           timestamptz,            -- accepted and published
    support_ends_at        timestamptz,            -- end of the support period, when one is configured
    support_threshold_reached_at timestamptz,      -- when support_count first reached the configured threshold
    support_count          int NOT NULL DEFAULT 0 CHECK (support_count >= 0), -- denormalized count of proposal_support rows
    referred_at            timestamptz,            -- referred to a body
    referred_body_id       bigint,                 -- organisation_body.id of the body handling it
    referred_body_slug     text,                   -- organisation_body.slug of the body handling it
    deadline               date,                   -- should be decided by (default one year from submission)
    answered_at            timestamptz,            -- answer published
    answer_decided_on      date,                   -- date of the decision that answered it
    answer_body_slug       text,                   -- body that decided (organisation_body.slug)
    answer_outcome         text CHECK (answer_outcome IN ('APPROVED', 'REJECTED', 'ANSWERED')), -- bifall, avslag, besvarad
    answer_text            text,                   -- the decision text shown publicly
    answer_decision_id     bigint,                 -- decisions module's decision id, when linked
    answer_decision_path   text,                   -- public path of the linked decision, without language prefix
    hidden                 boolean NOT NULL DEFAULT false, -- hidden by a moderator: not shown publicly
    hidden_reason          text,                   -- the moderator's reason (shown to the proposer)
    CHECK ((case_number IS NULL) = (case_year IS NULL) AND (case_year IS NULL) = (case_seq IS NULL)),
    UNIQUE (case_year, case_seq)
);
CREATE INDEX proposal_status_idx ON proposal (status, submitted_at DESC);
CREATE INDEX proposal_resident_idx ON proposal (resident_id);
CREATE INDEX proposal_deadline_idx ON proposal (deadline) WHERE status = 'REFERRED';

-- Attachments (images and PDF). The file itself is in stored_file/FileStorage.
CREATE TABLE proposal_attachment (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    proposal_id    bigint NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    file_id        uuid NOT NULL UNIQUE,           -- stored_file.id
    original_name  text NOT NULL,                  -- the name shown and offered on download
    content_type   text NOT NULL,                  -- image/jpeg, image/png or application/pdf
    size_bytes     bigint NOT NULL,                -- size after cleaning
    hidden         boolean NOT NULL DEFAULT false, -- hidden by a moderator
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX proposal_attachment_proposal_idx ON proposal_attachment (proposal_id);

-- The timeline: every step of the handling. Public entries are shown on the proposal's page.
CREATE TABLE proposal_event (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    proposal_id    bigint NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    kind           text NOT NULL,                  -- ProposalEventKind: SUBMITTED, PUBLISHED, REFERRED, ANSWERED, DECISION_LINKED, ...
    occurred_at    timestamptz NOT NULL DEFAULT now(),
    public         boolean NOT NULL,               -- shown on the public page
    text           text,                           -- a public explanation (decline reason, answer summary), may be null
    body_slug      text,                           -- body concerned (referral, answer)
    decision_id    bigint,                         -- decisions module's decision id (DECISION_LINKED)
    decision_title text,                           -- decision's title at linking time
    decision_path  text,                           -- decision's public path without language prefix
    decided_on     date,                           -- decision date
    staff_id       bigint,                         -- staff account that acted; never shown publicly
    UNIQUE (proposal_id, decision_id)
);
CREATE INDEX proposal_event_proposal_idx ON proposal_event (proposal_id, occurred_at, id);

-- One support per resident and proposal. Who supported is never public; only proposal.support_count is.
CREATE TABLE proposal_support (
    proposal_id    bigint NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    resident_id    bigint NOT NULL,                -- platform resident.id
    created_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (proposal_id, resident_id)
);
CREATE INDEX proposal_support_resident_idx ON proposal_support (resident_id);

-- Who gets e-mail on status changes: the proposer (role PROPOSER) and residents who follow (FOLLOWER).
CREATE TABLE proposal_subscription (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    proposal_id    bigint NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    role           text NOT NULL CHECK (role IN ('PROPOSER', 'FOLLOWER')),
    email          text NOT NULL,                  -- where to send (private)
    language       text NOT NULL CHECK (language IN ('sv', 'fi', 'fit', 'en')), -- language of the mails
    resident_id    bigint,                         -- platform resident.id when signed in
    unsubscribe_token_hash text NOT NULL UNIQUE,   -- SHA-256 of the token in the unsubscribe link
    active         boolean NOT NULL DEFAULT true,  -- false after unsubscribing
    created_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (proposal_id, email)
);

-- Reports from readers: inappropriate content or someone's personal data exposed.
CREATE TABLE proposal_report (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    proposal_id    bigint NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    attachment_id  bigint REFERENCES proposal_attachment (id) ON DELETE CASCADE, -- when an attachment is reported
    reason         text NOT NULL CHECK (reason IN ('INAPPROPRIATE', 'PERSONAL_DATA', 'OTHER')),
    message        text,                           -- the reporter's explanation (private)
    created_at     timestamptz NOT NULL DEFAULT now(),
    handled_at     timestamptz,                    -- when a moderator acted on it
    handled_by     bigint,                         -- staff account
    outcome        text CHECK (outcome IN ('HIDDEN', 'REDACTED', 'RESTORED', 'DISMISSED'))
);
CREATE INDEX proposal_report_open_idx ON proposal_report (created_at) WHERE handled_at IS NULL;

-- Reminders sent to staff about proposals near or over their deadline: one per proposal, kind and day.
CREATE TABLE proposal_reminder (
    proposal_id    bigint NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    kind           text NOT NULL CHECK (kind IN ('DUE_SOON', 'OVERDUE')),
    sent_on        date NOT NULL,                  -- the day the reminder was sent
    PRIMARY KEY (proposal_id, kind)
);
