-- Full-text search shared by every module. A document is indexed with the Swedish and the Finnish
-- stemmers (Meänkieli is closest to Finnish), so a query written in either language's word forms
-- finds it. Modules store search_document(...) in a generated tsvector column with a GIN index and
-- filter with "column @@ search_query(:q)".
--
-- Each configuration also drops the other language's stop words: otherwise Swedish "och" indexed
-- by the Finnish stemmer (or Finnish "ja" by the Swedish one) would match nearly every document.
create text search dictionary bygd_finnish_stopwords (template = simple, stopwords = finnish, accept = false);
create text search dictionary bygd_swedish_stopwords (template = simple, stopwords = swedish, accept = false);

create text search configuration bygd_swedish (copy = swedish);
alter text search configuration bygd_swedish
    alter mapping for asciiword, asciihword, hword_asciipart, word, hword, hword_part
    with bygd_finnish_stopwords, swedish_stem;

create text search configuration bygd_finnish (copy = finnish);
alter text search configuration bygd_finnish
    alter mapping for asciiword, asciihword, hword_asciipart, word, hword, hword_part
    with bygd_swedish_stopwords, finnish_stem;

create function search_document(title text, body text) returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector('bygd_swedish'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('bygd_finnish'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('bygd_swedish'::regconfig, coalesce(body, '')), 'B')
        || setweight(to_tsvector('bygd_finnish'::regconfig, coalesce(body, '')), 'B');

-- A query matches when all its words match under one of the two stemmers. Finnish stems are
-- matched as prefixes: the Snowball stemmer cuts inflected forms shorter than the base form
-- ("valaistusta" -> "valaistu", "valaistus" -> "valaistus"), and a prefix bridges most of them.
create function search_query(q text) returns tsquery
    language sql immutable parallel safe
    return websearch_to_tsquery('bygd_swedish'::regconfig, q)
        || to_tsquery('simple'::regconfig,
                      regexp_replace(websearch_to_tsquery('bygd_finnish'::regconfig, q)::text,
                                     '''((?:[^'']|'''')+)''', '''\1'':*', 'g'));
