-- A sent proposal is a public record and stays when its proposer's data is erased (GDPR art. 17(3)(b)),
-- but without them: name, e-mail, address and phone are removed and proposer_erased_at says when.
-- The name may then be empty, and only then; pages show "name removed" in the reader's language.
ALTER TABLE proposal ADD COLUMN proposer_erased_at timestamptz;
ALTER TABLE proposal DROP CONSTRAINT proposal_proposer_name_check;
ALTER TABLE proposal ADD CONSTRAINT proposal_proposer_name_check CHECK (
    char_length(proposer_name) <= 200
    AND (char_length(proposer_name) >= 1 OR proposer_erased_at IS NOT NULL));
