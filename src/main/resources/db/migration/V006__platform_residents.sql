-- Residents who signed in with e-ID. The personal identity number is kept encrypted (AES-GCM) and
-- found again through a keyed hash; it is never shown, logged or published.
CREATE TABLE resident (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pin_hash          bytea NOT NULL UNIQUE,
    pin_encrypted     bytea NOT NULL,
    given_name        text NOT NULL,
    family_name       text NOT NULL,
    demo              boolean NOT NULL DEFAULT false,
    created_at        timestamptz NOT NULL DEFAULT now(),
    last_login_at     timestamptz
);
