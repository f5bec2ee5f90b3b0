-- Full-text search shared by every module. A document is indexed with the Swedish and the Finnish
-- stemmers (Meänkieli is closest to Finnish) plus 'simple' for names and case numbers, so a query
-- written in either language's word forms finds it. Modules store search_document(...) in a
-- generated tsvector column with a GIN index and filter with "column @@ search_query(:q)".
create function search_document(title text, body text) returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector('swedish'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('finnish'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('swedish'::regconfig, coalesce(body, '')), 'B')
        || setweight(to_tsvector('finnish'::regconfig, coalesce(body, '')), 'B')
        || setweight(to_tsvector('simple'::regconfig, coalesce(body, '')), 'B');

-- A query matches when all its words match under one of the configurations.
create function search_query(q text) returns tsquery
    language sql immutable parallel safe
    return websearch_to_tsquery('swedish'::regconfig, q)
        || websearch_to_tsquery('finnish'::regconfig, q)
        || websearch_to_tsquery('simple'::regconfig, q);
