-- The municipality's political bodies and its villages: reference data other modules point at
-- (meetings and decisions belong to a body; proposals and events to a village).
CREATE TABLE organisation_body (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug      text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]{2,60}$'),
    kind      text NOT NULL CHECK (kind IN ('COUNCIL', 'EXECUTIVE_BOARD', 'COMMITTEE', 'WORKING_GROUP')),
    name      jsonb NOT NULL,
    parent_id bigint REFERENCES organisation_body (id),
    sort      int NOT NULL DEFAULT 0,
    active    boolean NOT NULL DEFAULT true,
    CHECK ((kind = 'WORKING_GROUP') = (parent_id IS NOT NULL))
);

CREATE TABLE organisation_village (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug  text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]{2,60}$'),
    name  jsonb NOT NULL
);
