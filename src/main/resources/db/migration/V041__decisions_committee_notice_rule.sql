-- Committees' and working groups' notice (kallelse) rule: its overrides are kept like the council's.
ALTER TABLE decisions_rule_override DROP CONSTRAINT decisions_rule_override_rule_check;
ALTER TABLE decisions_rule_override ADD CONSTRAINT decisions_rule_override_rule_check
    CHECK (rule IN ('COUNCIL_NOTICE_WEEK', 'COMMITTEE_NOTICE_DAYS', 'MINUTES_APPROVED_14_DAYS', 'APPROVAL_POSTED_2_DAYS'));
