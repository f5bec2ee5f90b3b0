-- The public list's own index: its predicate is exactly the "public" condition of the list
-- (ProposalListRepository.PUBLIC), and it carries the filter columns, so counting the public
-- proposals and reading the newest page are index-only reads (10,000 proposals: count 25 ms -> 1 ms,
-- see bench/proposals.md). It replaces V030's broader published index.
CREATE INDEX proposal_public_list_idx ON proposal (published_at DESC, id DESC)
    INCLUDE (status, case_year, category, village_slug, support_count)
    WHERE published_at IS NOT NULL AND NOT hidden AND case_year IS NOT NULL AND status IN ('ANSWERED', 'PUBLISHED', 'REFERRED');
DROP INDEX proposal_public_published_idx;
