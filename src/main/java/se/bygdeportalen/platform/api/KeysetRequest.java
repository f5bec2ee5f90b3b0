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
 * @param limit   items per page
 * @param after   the position to continue after, or null for the first page
 */
public record KeysetRequest(
        String path,
        SortedMap<String, String> filters,
        int limit,
        @Nullable Position after) {

    public KeysetRequest {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("A list's path starts with /: " + path);
        }
        filters = Collections.unmodifiableSortedMap(new TreeMap<>(filters));
        if (limit < 1) {
            throw new IllegalArgumentException("A limit is at least 1: " + limit);
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
        SortedMap<String, String> filters = new TreeMap<>();
        for (int i = 0; i < filterNamesAndValues.length; i += 2) {
            String value = filterNamesAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                filters.put(filterNamesAndValues[i], value.strip());
            }
        }
        int size = limits.parse(limit);
        @Nullable
        Position after =
                cursor == null || cursor.isBlank() ? null : Cursors.decode(scope(path, filters), cursor.strip());
        return new KeysetRequest(path, filters, size, after);
    }

    /** How many rows to fetch: the limit and one more, to know whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }

    public boolean firstPage() {
        return after == null;
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
