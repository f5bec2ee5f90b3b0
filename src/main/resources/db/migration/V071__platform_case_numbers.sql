-- Gap-free case numbers (diarienummer) for every module that registers documents: one counter row per
-- series and year, taken with a row lock in the registering transaction (platform.casenumber.CaseNumbers),
-- so a rollback gives the number back and concurrent registrations queue instead of skipping or repeating.
CREATE TABLE case_number_counter (
    series       text NOT NULL,                 -- e.g. 'KS' (kommunstyrelsen), 'BN'; as written in the case number
    year         int  NOT NULL,                 -- calendar year of registration (Europe/Stockholm)
    last_number  int  NOT NULL DEFAULT 0,       -- the last number handed out in this series and year
    PRIMARY KEY (series, year),
    CHECK (series ~ '^[A-Za-zÅÄÖåäö0-9-]{1,20}$'),
    CHECK (year BETWEEN 1900 AND 9999),
    CHECK (last_number >= 0)
);
