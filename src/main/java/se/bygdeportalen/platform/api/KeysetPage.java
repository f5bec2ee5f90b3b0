package se.bygdeportalen.platform.api;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset-paged list.
 *
 * @param items      the rows on this page, at most the request's limit
 * @param nextCursor     the cursor of the next page, or null on the last page
 * @param previousCursor the cursor of the page before (an HTML list's "previous" link: pass it as
 *                       {@code before}), or null when it is not known to exist
 * @param request        the request it answers (for the next link)
 */
public record KeysetPage<T>(
        List<T> items,
        @Nullable String nextCursor,
        @Nullable String previousCursor,
        KeysetRequest request) {

    public KeysetPage {
        items = List.copyOf(items);
    }

    public KeysetPage(List<T> items, @Nullable String nextCursor, KeysetRequest request) {
        this(items, nextCursor, null, request);
    }

    /** The same page with each row turned into what the API shows. */
    public <R> KeysetPage<R> map(Function<? super T, ? extends R> mapper) {
        return new KeysetPage<>(items.stream().<R>map(mapper).toList(), nextCursor, previousCursor, request);
    }

    /**
     * The links of an HTML list page.
     *
     * @param listUrl the list's address with its filters and sort, without paging parameters
     */
    public PageLinks links(String listUrl) {
        return new PageLinks(
                request.firstPage() ? null : listUrl,
                previousCursor == null ? null : with(listUrl, "before", previousCursor),
                nextCursor == null ? null : with(listUrl, "after", nextCursor));
    }

    private static String with(String url, String name, String cursor) {
        // A cursor is base64url with one dot: nothing in it needs encoding in a query.
        return url + (url.indexOf('?') >= 0 ? "&" : "?") + name + "=" + cursor;
    }

    public boolean last() {
        return nextCursor == null;
    }
}
