package se.bygdeportalen.platform.api;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset-paged list.
 *
 * @param items      the rows on this page, at most the request's limit
 * @param nextCursor the cursor of the next page, or null on the last page
 * @param request    the request it answers (for the next link)
 */
public record KeysetPage<T>(List<T> items, @Nullable String nextCursor, KeysetRequest request) {

    public KeysetPage {
        items = List.copyOf(items);
    }

    /** The same page with each row turned into what the API shows. */
    public <R> KeysetPage<R> map(Function<? super T, ? extends R> mapper) {
        return new KeysetPage<>(items.stream().<R>map(mapper).toList(), nextCursor, request);
    }

    public boolean last() {
        return nextCursor == null;
    }
}
