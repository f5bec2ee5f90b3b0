package se.bygdeportalen.proposals.internal;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.bygdeportalen.platform.search.TextSearch;

/**
 * Full-text search over public proposals in Swedish, Finnish and Meänkieli word forms, with the
 * platform's {@code search_query} (Swedish and Finnish stemmers, Finnish stems matched as prefixes).
 *
 * <p>Known limits (see docs/modules/proposals-public.md): Finnish consonant gradation in some stems
 * (bussikatos / bussikatoksen) is not undone; Meänkieli has no stemmer of its own and is matched
 * with the Finnish one.
 */
public record ProposalSearch(String text) {

    /** The search for what the visitor typed, or empty when there is nothing to search for. */
    public static Optional<ProposalSearch> of(@Nullable String raw) {
        return TextSearch.normalize(raw).map(ProposalSearch::new);
    }

    /** The WHERE condition on {@code column}; binds {@code :q} (see {@link #bind}). */
    public String condition(String column) {
        return TextSearch.matches(column, "q");
    }

    /** Relevance, title hits first. */
    public String rank(String column) {
        return TextSearch.rank(column, "q");
    }

    public void bind(Map<String, Object> params) {
        params.put("q", text);
    }
}
