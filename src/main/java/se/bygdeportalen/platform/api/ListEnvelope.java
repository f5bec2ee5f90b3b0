package se.bygdeportalen.platform.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The JSON body of every {@code /api/v1/} list: {@code {"items": [...], "next": "https://...", "limit": 20}}.
 * A client follows {@code next} until it is null; it never builds a cursor itself.
 *
 * @param items the items on this page
 * @param next  the absolute URL of the next page, or null on the last page
 * @param limit the page size used (a larger request gets the list's maximum)
 */
@Schema(description = "A page of a list. Follow next until it is null.")
public record ListEnvelope<T>(
        @Schema(description = "The items on this page, in the list's order")
        List<T> items,

        @Schema(description = "Absolute URL of the next page; null on the last page", nullable = true) @Nullable
        String next,

        @Schema(description = "Page size used: the requested limit, at most the list's maximum")
        int limit) {

    public ListEnvelope {
        items = List.copyOf(items);
    }

    /**
     * The envelope of a page, its next link on the site's public address.
     *
     * @param baseUrl the site's public address ({@code PlatformProperties.baseUrl()}), not the request's
     *                Host header, which a client chooses
     */
    public static <T> ListEnvelope<T> of(KeysetPage<T> page, String baseUrl) {
        return new ListEnvelope<>(
                page.items(),
                page.last() ? null : nextLink(page, baseUrl),
                page.request().limit());
    }

    private static String nextLink(KeysetPage<?> page, String baseUrl) {
        KeysetRequest request = page.request();
        UriComponentsBuilder link = UriComponentsBuilder.fromUriString(baseUrl).path(request.path());
        // Values go in as template variables, so that "&", "=" and "+" in a filter are encoded too.
        Map<String, Object> values = new HashMap<>();
        request.filters().forEach((name, value) -> {
            link.queryParam(name, "{f" + values.size() + "}");
            values.put("f" + values.size(), value);
        });
        values.put("limit", request.limit());
        values.put("cursor", page.nextCursor());
        return link.queryParam("limit", "{limit}")
                .queryParam("cursor", "{cursor}")
                .encode()
                .buildAndExpand(values)
                .toUriString();
    }
}
