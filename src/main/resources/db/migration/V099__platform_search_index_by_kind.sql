-- The site search takes a bounded set of candidates per kind (issue 10): the first matches of each
-- kind straight from the index, then ranks only those. A GIN index over (kind, document) answers
-- "matches of this kind" in one index scan, so a kind with few matches is not crowded out by one
-- with tens of thousands. btree_gin gives GIN the equality on text; like btree_gist (V072) it is a
-- trusted extension, so the database owner may create it (or an administrator does beforehand).
-- fastupdate is off: the index is written by the background refresh only, and searches then never
-- scan a pending list of unmerged entries (which cost 6-11 ms per search after a large re-index).
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX search_index_entry_kind_document ON search_index_entry USING gin (kind, document) WITH (fastupdate = off);
DROP INDEX search_index_entry_document;
