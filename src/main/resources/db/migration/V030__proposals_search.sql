-- Public reading of citizen proposals: full-text search and the indexes of the public list's
-- filters. "Public" means published (published_at set) and not hidden by a moderator; the list,
-- feed, open data and statistics all use that condition, so the partial indexes below match it.

-- Title and text indexed with the Swedish, Finnish and 'simple' configurations (V012), so a query
-- in either language's word forms finds a proposal whatever language it was written in.
ALTER TABLE proposal
    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (search_document(title, body)) STORED;
CREATE INDEX proposal_search_idx ON proposal USING gin (search_vector);

-- The list: newest published first, optionally filtered by year, category, village or status.
CREATE INDEX proposal_public_published_idx ON proposal (published_at DESC, id DESC)
    WHERE published_at IS NOT NULL AND NOT hidden;
CREATE INDEX proposal_public_year_idx ON proposal (case_year, published_at DESC)
    WHERE published_at IS NOT NULL AND NOT hidden;
CREATE INDEX proposal_public_category_idx ON proposal (category, published_at DESC)
    WHERE published_at IS NOT NULL AND NOT hidden;
CREATE INDEX proposal_public_village_idx ON proposal (village_slug, published_at DESC)
    WHERE published_at IS NOT NULL AND NOT hidden;
-- The feed: newest answers first.
CREATE INDEX proposal_public_answered_idx ON proposal (answered_at DESC)
    WHERE answered_at IS NOT NULL AND NOT hidden;
