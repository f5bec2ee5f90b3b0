-- Tops the site search index up to :docs rows (default 100,000) for bench/volumes.sh, after the
-- application has indexed the seeded proposals, decisions, meetings and notices (about 50,000 rows).
-- The extra rows are copies of indexed decisions ten and twenty years older, with keys 'bench-…', in
-- the 'decision' kind: real texts, so common and rare words keep their share. They stay until the
-- decisions change (the refresh then rewrites the kind), so the bench runs with the scheduler off.
\if :{?docs}
\else
\set docs 100000
\endif
INSERT INTO search_index_entry (kind, entry_key, lang, title, summary, path, entry_date, document)
SELECT kind, 'bench-' || entry_key, lang, title, summary, path, entry_date - 3650, document
FROM search_index_entry WHERE kind = 'decision' AND entry_key NOT LIKE 'bench%'
LIMIT greatest(0, :docs - (SELECT count(*) FROM search_index_entry))
ON CONFLICT DO NOTHING;
INSERT INTO search_index_entry (kind, entry_key, lang, title, summary, path, entry_date, document)
SELECT kind, 'bench2-' || entry_key, lang, title, summary, path, entry_date - 7300, document
FROM search_index_entry WHERE kind = 'decision' AND entry_key NOT LIKE 'bench%'
LIMIT greatest(0, :docs - (SELECT count(*) FROM search_index_entry))
ON CONFLICT DO NOTHING;
VACUUM ANALYZE search_index_entry;
SELECT kind, count(*) FROM search_index_entry GROUP BY kind ORDER BY kind;
