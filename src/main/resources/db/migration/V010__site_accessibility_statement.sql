-- The accessibility statement (tillgänglighetsredogörelse) required by the DOS law: one statement for
-- the site, with the maintained list of known problems (Digg's elements 1-11).
CREATE TABLE site_accessibility_statement (
    id            int PRIMARY KEY CHECK (id = 1),
    compliance    text NOT NULL CHECK (compliance IN ('FULL', 'PARTIAL', 'NONE')),
    method        text NOT NULL CHECK (method IN ('SELF_ASSESSMENT', 'EXTERNAL_AUDIT')),
    assessed_on   date NOT NULL,
    updated_on    date NOT NULL,
    feedback_email text NOT NULL,
    disproportionate_burden jsonb,
    out_of_scope  jsonb
);
INSERT INTO site_accessibility_statement (id, compliance, method, assessed_on, updated_on, feedback_email)
VALUES (1, 'PARTIAL', 'SELF_ASSESSMENT', CURRENT_DATE, CURRENT_DATE, 'kommun@overtornea.se');

CREATE TABLE site_accessibility_issue (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    description   jsonb NOT NULL,
    wcag_criteria text NOT NULL CHECK (length(wcag_criteria) <= 100),
    planned_fix   date,
    created_at    timestamptz NOT NULL DEFAULT now()
);
