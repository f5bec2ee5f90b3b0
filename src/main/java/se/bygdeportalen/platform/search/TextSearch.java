package se.bygdeportalen.platform.search;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Full-text search over Swedish and Finnish word forms (see {@code V012__platform_text_search.sql}).
 * A module stores {@code search_document(title, body)} in a generated {@code tsvector} column with a
 * GIN index and builds its WHERE clause with {@link #matches}; the query text is always a bind
 * parameter, and {@code websearch_to_tsquery} accepts any input, so no user text can break the SQL.
 */
public final class TextSearch {

    /** Longer queries are cut: nobody types more, and it bounds the work per request. */
    public static final int MAX_QUERY_LENGTH = 200;

    /**
     * How many matches a list ranks by relevance at most: the newest this many. Ranking reads every
     * ranked document, so a word found in half of all texts would otherwise cost as much as the texts;
     * a visitor who wants more than the best of these sorts by date instead.
     */
    public static final int RANKED = 200;

    /**
     * Run in a search's read-only transaction, before its queries: random reads are nearly as cheap
     * as sequential ones for these small, cached tables, and a sequential scan would test the words
     * against every row (detoasting each vector) where the GIN index answers at once. Without it the
     * planner read all 10,000 proposals to count a common word's first 1,001 matches (16 ms against 2).
     */
    public static final String PREFER_INDEXES =
            "SELECT set_config('random_page_cost', '1.1', true), set_config('enable_seqscan', 'off', true)";

    private TextSearch() {}

    /** The query to search for, or empty when the visitor typed nothing searchable. */
    public static Optional<String> normalize(@Nullable String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String cleaned = raw.replace('\u0000', ' ').strip().replaceAll("\\s+", " ");
        if (cleaned.length() > MAX_QUERY_LENGTH) {
            cleaned = cleaned.substring(0, MAX_QUERY_LENGTH);
        }
        return cleaned.isEmpty() ? Optional.empty() : Optional.of(cleaned);
    }

    /** {@code <column> @@ search_query(:<parameter>)}. */
    public static String matches(String column, String parameter) {
        return column + " @@ search_query(:" + parameter + ")";
    }

    /** A relevance to order by (descending); title hits weigh more than body hits. */
    public static String rank(String column, String parameter) {
        return "ts_rank_cd(" + column + ", search_query(:" + parameter + "))";
    }
}
