CREATE TABLE staff_account (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username             text NOT NULL UNIQUE CHECK (username = lower(username) AND username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
    display_name         text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
    email                text CHECK (email IS NULL OR length(email) <= 254),
    password_hash        text,
    must_change_password boolean NOT NULL DEFAULT false,
    roles                text[] NOT NULL DEFAULT '{}' CHECK (roles <@ ARRAY['ADMINISTRATOR', 'COMMUNICATOR', 'REGISTRAR', 'MODERATOR',
        'SERVICE_OFFICE', 'SPORTOTEK', 'BUSINESS_DEVELOPER', 'EQUALITY_COORDINATOR']::text[]),
    enabled              boolean NOT NULL DEFAULT true,
    ui_language          text NOT NULL DEFAULT 'sv' CHECK (ui_language IN ('sv', 'fi', 'fit', 'en')),
    sso_subject          text UNIQUE,
    failed_logins        int NOT NULL DEFAULT 0,
    locked_until         timestamptz,
    last_login_at        timestamptz,
    password_changed_at  timestamptz,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX staff_account_email_idx ON staff_account (lower(email)) WHERE email IS NOT NULL;
