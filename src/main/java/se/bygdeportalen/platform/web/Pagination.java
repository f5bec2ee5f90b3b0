package se.bygdeportalen.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Page links for a list. {@code baseUrl} carries the list's filters; the page number is put in
 * {@code page}. Shows the first, the last and two pages around the current one.
 */
public record Pagination(int page, int totalPages, String baseUrl) {

    /** A page link, or a gap shown as an ellipsis when {@code number} is 0. */
    public record Item(int number, @Nullable String href, boolean current) {
        public boolean gap() {
            return number == 0;
        }
    }

    public Pagination {
        totalPages = Math.max(1, totalPages);
        page = Math.min(Math.max(1, page), totalPages);
    }

    public static Pagination of(int page, long totalItems, int pageSize, String baseUrl) {
        return new Pagination(page, (int) ((totalItems + pageSize - 1) / pageSize), baseUrl);
    }

    public boolean needed() {
        return totalPages > 1;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages;
    }

    public String href(int number) {
        return UriComponentsBuilder.fromUriString(baseUrl)
                .replaceQueryParam("page", number)
                .build()
                .toUriString();
    }

    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= totalPages; n++) {
            if (n == 1 || n == totalPages || Math.abs(n - page) <= 2) {
                if (last != 0 && n - last > 1) {
                    items.add(new Item(0, null, false));
                }
                items.add(new Item(n, href(n), n == page));
                last = n;
            }
        }
        return items;
    }
}
