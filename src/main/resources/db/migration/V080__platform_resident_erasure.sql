-- When a resident's data was erased (GDPR art. 17). The row stays as a bare number, without name or
-- personal identity number, so the audit log's "resident-<id>" still names a record; a session of an
-- erased resident is refused, and the same person's next e-ID sign-in starts a new row.
ALTER TABLE resident ADD COLUMN erased_at timestamptz;
