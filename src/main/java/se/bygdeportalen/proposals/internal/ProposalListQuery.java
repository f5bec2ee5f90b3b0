package se.bygdeportalen.proposals.internal;

import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public list's filters as the visitor chose them in the GET form. Unknown values (a category
 * that does not exist, a year in letters, a page of -3) are ignored rather than refused, so an old
 * or mistyped link still shows a sensible list.
 *
 * @param status   a public status or null for all
 * @param category a category slug or null
 * @param year     the case year or null
 * @param village  a village slug or null
 * @param search   the full-text search, if any
 * @param sort     {@code newest}, {@code supports} or {@code relevance} (only with a search)
 */
public record ProposalListQuery(
        @Nullable String status,
        @Nullable String category,
        @Nullable Integer year,
        @Nullable String village,
        Optional<ProposalSearch> search,
        String sort,
        int page) {

    public static final Set<String> PUBLIC_STATUSES = Set.of("PUBLISHED", "REFERRED", "ANSWERED");
    public static final Set<String> SORTS = Set.of("newest", "supports", "relevance");
    public static final int MAX_PAGE = 10_000;

    public static ProposalListQuery parse(
            @Nullable String status,
            @Nullable String category,
            @Nullable String year,
            @Nullable String village,
            @Nullable String q,
            @Nullable String sort,
            @Nullable String page,
            @Nullable Set<String> categories,
            @Nullable Set<String> villages) {
        String s = status != null && PUBLIC_STATUSES.contains(status.strip().toUpperCase(java.util.Locale.ROOT))
                ? status.strip().toUpperCase(java.util.Locale.ROOT)
                : null;
        String c = known(category, categories);
        String v = known(village, villages);
        Integer y = parseInt(year).filter(n -> n >= 1900 && n <= 2200).orElse(null);
        Optional<ProposalSearch> search = ProposalSearch.of(q);
        String o = sort != null && SORTS.contains(sort) ? sort : null;
        if (o == null || ("relevance".equals(o) && search.isEmpty())) {
            o = search.isPresent() ? "relevance" : "newest";
        }
        int p = parseInt(page).filter(n -> n >= 1 && n <= MAX_PAGE).orElse(1);
        return new ProposalListQuery(s, c, y, v, search, o, p);
    }

    /** The slug when it is one of {@code known}, or any well-formed slug when {@code known} is null. */
    private static @Nullable String known(@Nullable String slug, @Nullable Set<String> known) {
        if (slug == null) {
            return null;
        }
        String s = slug.strip();
        return (known == null ? s.matches("[a-z0-9-]{2,60}") : known.contains(s)) ? s : null;
    }

    public static ProposalListQuery all() {
        return new ProposalListQuery(null, null, null, null, Optional.empty(), "newest", 1);
    }

    private static Optional<Integer> parseInt(@Nullable String text) {
        if (text == null || !text.strip().matches("\\d{1,6}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text.strip()));
    }

    /** True when the visitor narrowed the list, so an empty result means "no hits" rather than "none yet". */
    public boolean narrowed() {
        return status != null || category != null || year != null || village != null || search.isPresent();
    }

    public boolean searching() {
        return search.isPresent();
    }

    public @Nullable String q() {
        return search.map(ProposalSearch::text).orElse(null);
    }

    /** The list URL with these filters (without the page), for pagination and the language switch. */
    public String url(String basePath) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(basePath);
        if (search.isPresent()) {
            b.queryParam("q", search.get().text());
        }
        if (status != null) {
            b.queryParam("status", status);
        }
        if (category != null) {
            b.queryParam("category", category);
        }
        if (year != null) {
            b.queryParam("year", year);
        }
        if (village != null) {
            b.queryParam("village", village);
        }
        if (!"newest".equals(sort) && !("relevance".equals(sort) && search.isPresent())) {
            b.queryParam("sort", sort);
        }
        return b.encode().build().toUriString();
    }
}
