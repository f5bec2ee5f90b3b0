-- The application connects as its own role, which gets data rights but owns nothing. Where the
-- installation uses one role for everything, the role below does not exist and the grants are skipped;
-- the audit log's triggers still keep it append-only.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app_role}') AND current_user <> '${app_role}' THEN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), '${app_role}');
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', current_schema(), '${app_role}');
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I', current_schema(), '${app_role}');
    END IF;
END
$$;

-- Runs of the demo-data loader, so each module's demo data is loaded once.
CREATE TABLE demo_data_run (
    module     text PRIMARY KEY,
    loaded_at  timestamptz NOT NULL DEFAULT now()
);
