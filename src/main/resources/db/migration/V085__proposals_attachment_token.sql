-- Attachments are addressed in URLs (public and staff) by an unguessable token, never by the
-- sequential id, which stays the key for joins and reports. The volatile default gives every existing
-- row its own value when the column is added.
ALTER TABLE proposal_attachment ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE proposal_attachment ADD CONSTRAINT proposal_attachment_token_key UNIQUE (token);
