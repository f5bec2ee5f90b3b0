package se.bygdeportalen.platform.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One request for a page of a keyset-paged list: which list (its path and the filters in use), how
 * many items, and after which {@link Position} (none for the first page). Fetch {@link #fetchSize()}
 * rows, one more than the limit, and hand them to {@link #page}: the extra row only tells that a next
 * page exists. Keyset paging costs the same on page 1 and page 1,000 and never skips or repeats a row
 * when rows are added between two requests, which offset paging does.
 *
 * @param path    the list's path, e.g. {@code /api/v1/grants}
 * @param filters the filters in use, by parameter name (blank ones left out); part of the cursor's
 *                check and of the next link
 * @param limit    items per page
 * @param after    the position to continue after (before, when {@code backward}), or null for the first page
 * @param backward page back: the rows before {@code after}, for a page's "previous" link
 * @param skip     rows to skip from the start, only for old page-number links of the HTML lists and
 *                 never more than {@link #MAX_SKIP}
 */
public record KeysetRequest(
        String path,
        SortedMap<String, String> filters,
        int limit,
        @Nullable Position after,
        boolean backward,
        int skip) {

    /**
     * The most rows an old {@code ?page=} link may skip: within it a page number still works (an
     * offset over at most this many index entries); beyond it the list starts from its first page.
     */
    public static final int MAX_SKIP = CappedCount.CAP;

    /** A request of the JSON API: forward, no rows skipped. */
    public KeysetRequest(String path, SortedMap<String, String> filters, int limit, @Nullable Position after) {
        this(path, filters, limit, after, false, 0);
    }

    public KeysetRequest {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("A list's path starts with /: " + path);
        }
        filters = Collections.unmodifiableSortedMap(new TreeMap<>(filters));
        if (limit < 1) {
            throw new IllegalArgumentException("A limit is at least 1: " + limit);
        }
        if (skip < 0 || skip > MAX_SKIP || (skip > 0 && after != null) || (backward && after == null)) {
            throw new IllegalArgumentException("Skip 0.." + MAX_SKIP + " without a position; back only from one");
        }
    }

    /**
     * Reads {@code limit} and {@code cursor} as the client sent them.
     *
     * @param filterNamesAndValues the list's filters as name, value, name, value...; null or blank values
     *                             are left out
     * @throws InvalidPageRequestException (a 400) for a limit that is not a number or a cursor that was
     *                                     not made for this list with these filters
     */
    public static KeysetRequest parse(
            String path,
            @Nullable String limit,
            @Nullable String cursor,
            PageLimits limits,
            @Nullable String... filterNamesAndValues) {
        if (filterNamesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Filters come as name, value pairs");
        }
        SortedMap<String, String> filters = filters(filterNamesAndValues);
        int size = limits.parse(limit);
        @Nullable
        Position after =
                cursor == null || cursor.isBlank() ? null : Cursors.decode(scope(path, filters), cursor.strip());
        return new KeysetRequest(path, filters, size, after);
    }

    /**
     * Reads the paging parameters of an HTML list page, leniently: a link must never end in an error
     * page, so a cursor that is not valid for this list, its filters and its order gives the first page,
     * and so does an old page number beyond {@link #MAX_SKIP} rows.
     *
     * @param scope                the list's path without the language ({@code /medborgarforslag}), so
     *                             that a cursor stays valid when the visitor switches language
     * @param after                the {@code after} parameter: continue after this cursor
     * @param before               the {@code before} parameter: the page before this cursor
     * @param page                 the {@code page} parameter of links made before keyset paging
     * @param filterNamesAndValues the filters and the sort in use, as in {@link #parse}
     */
    public static KeysetRequest forPage(
            String scope,
            int limit,
            SeekOrder order,
            @Nullable String after,
            @Nullable String before,
            @Nullable String page,
            @Nullable String... filterNamesAndValues) {
        SortedMap<String, String> filters = filters(filterNamesAndValues);
        boolean back = before != null && !before.isBlank();
        String cursor = back ? before : after;
        if (cursor != null && !cursor.isBlank()) {
            try {
                Position position = Cursors.decode(scope(scope, filters), cursor.strip());
                if (order.accepts(position)) {
                    return new KeysetRequest(scope, filters, limit, position, back, 0);
                }
            } catch (InvalidPageRequestException e) {
                // An old or edited link: the first page is the sensible answer.
            }
            return new KeysetRequest(scope, filters, limit, null, false, 0);
        }
        int skip = 0;
        if (page != null && page.strip().matches("\\d{1,6}")) {
            long skipped = (Long.parseLong(page.strip()) - 1) * limit;
            skip = skipped > 0 && skipped <= MAX_SKIP ? (int) skipped : 0;
        }
        return new KeysetRequest(scope, filters, limit, null, false, skip);
    }

    private static SortedMap<String, String> filters(@Nullable String... filterNamesAndValues) {
        if (filterNamesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Filters come as name, value pairs");
        }
        SortedMap<String, String> filters = new TreeMap<>();
        for (int i = 0; i < filterNamesAndValues.length; i += 2) {
            String value = filterNamesAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                filters.put(filterNamesAndValues[i], value.strip());
            }
        }
        return filters;
    }

    /** How many rows to fetch: the limit and one more, to know whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }

    public boolean firstPage() {
        return after == null && skip == 0;
    }

    /**
     * The page from rows fetched with a {@link SeekOrder} (in {@link SeekOrder#orderBy} of this request,
     * at most {@link #fetchSize()}), with the cursors of the next and the previous page.
     */
    public <T> KeysetPage<T> pageOf(List<Keyed<T>> fetched) {
        if (fetched.size() > fetchSize()) {
            throw new IllegalArgumentException(
                    "Fetched " + fetched.size() + " rows for a page of " + limit + "; fetch fetchSize()");
        }
        boolean more = fetched.size() > limit;
        List<Keyed<T>> rows = new ArrayList<>(fetched.subList(0, Math.min(limit, fetched.size())));
        if (backward) {
            Collections.reverse(rows);
        }
        String scope = scope(path, filters);
        String next = null;
        String previous = null;
        if (!rows.isEmpty()) {
            // Going forward, more rows means a next page; going back, a previous one. The other
            // side exists whenever the request started from a position (or skipped rows).
            boolean hasNext = backward || more;
            boolean hasPrevious = backward ? more : !firstPage();
            next = hasNext ? Cursors.encode(scope, rows.getLast().position()) : null;
            previous = hasPrevious ? Cursors.encode(scope, rows.getFirst().position()) : null;
        }
        return new KeysetPage<>(rows.stream().map(Keyed::item).toList(), next, previous, this);
    }

    /**
     * The page from the fetched rows (in the list's order, at most {@link #fetchSize()}).
     *
     * @param positionOf the sort key and id of a row, the same the query orders by
     */
    public <T> KeysetPage<T> page(List<T> fetched, Function<T, Position> positionOf) {
        if (fetched.size() > fetchSize()) {
            throw new IllegalArgumentException(
                    "Fetched " + fetched.size() + " rows for a page of " + limit + "; fetch fetchSize()");
        }
        if (fetched.size() <= limit) {
            return new KeysetPage<>(List.copyOf(fetched), null, this);
        }
        List<T> items = List.copyOf(new ArrayList<>(fetched.subList(0, limit)));
        return new KeysetPage<>(items, Cursors.encode(scope(path, filters), positionOf.apply(items.getLast())), this);
    }

    private static String scope(String path, Map<String, String> filters) {
        StringBuilder scope = new StringBuilder(path);
        filters.forEach(
                (name, value) -> scope.append('\n').append(name).append('=').append(value));
        return scope.toString();
    }
}
