-- Elected people (public: name, party, sex; optionally a public e-mail address), the terms of
-- office (mandatperioder) and who sits where with which role. Registrar scoping limits a committee
-- secretary's staff account to some bodies.
ALTER TABLE organisation_body ADD COLUMN seats int CHECK (seats IS NULL OR seats BETWEEN 1 AND 101);

CREATE TABLE organisation_term (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    starts_on date NOT NULL,
    ends_on   date NOT NULL,
    CHECK (ends_on > starts_on),
    UNIQUE (starts_on)
);

CREATE TABLE organisation_person (
    id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name   text NOT NULL CHECK (length(name) BETWEEN 2 AND 120),
    party  text NOT NULL CHECK (length(party) BETWEEN 1 AND 40),
    sex    text NOT NULL CHECK (sex IN ('FEMALE', 'MALE', 'UNSPECIFIED')),
    email  text CHECK (email IS NULL OR length(email) <= 200)
);

CREATE TABLE organisation_membership (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id bigint NOT NULL REFERENCES organisation_person (id),
    body_id   bigint NOT NULL REFERENCES organisation_body (id),
    term_id   bigint NOT NULL REFERENCES organisation_term (id),
    role      text NOT NULL CHECK (role IN ('CHAIR', 'VICE_CHAIR', 'MEMBER', 'SUBSTITUTE')),
    from_date date NOT NULL,
    to_date   date NOT NULL,
    CHECK (to_date >= from_date)
);
CREATE INDEX organisation_membership_body ON organisation_membership (body_id, from_date, to_date);
CREATE INDEX organisation_membership_person ON organisation_membership (person_id);

-- A registrar with rows here may keep minutes only for these bodies; without rows, for all.
CREATE TABLE organisation_registrar_scope (
    staff_account_id bigint NOT NULL,
    body_id          bigint NOT NULL REFERENCES organisation_body (id),
    PRIMARY KEY (staff_account_id, body_id)
);
