-- Indexes for the public list's keyset paging (issue 10): every page reads a few index entries
-- after the cursor instead of counting and skipping. Their predicate is exactly the list's public
-- condition (ProposalListRepository.PUBLIC), like V031's.
-- "Most supported first": (support_count, published_at, id) descending, the SUPPORTS seek order.
CREATE INDEX proposal_public_supports_idx ON proposal (support_count DESC, published_at DESC, id DESC)
    WHERE published_at IS NOT NULL AND NOT hidden AND case_year IS NOT NULL AND status IN ('ANSWERED', 'PUBLISHED', 'REFERRED');
-- The year filter's options: a skip scan probes this once per year instead of reading every proposal.
CREATE INDEX proposal_public_case_year_idx ON proposal (case_year)
    WHERE published_at IS NOT NULL AND NOT hidden AND case_year IS NOT NULL AND status IN ('ANSWERED', 'PUBLISHED', 'REFERRED');
