package se.bygdeportalen.platform.calendar;

import java.net.URI;
import se.bygdeportalen.platform.i18n.Lang;

/**
 * What a calendar says about itself.
 *
 * @param product  names the producer in PRODID ({@code -//Bygdeportalen//<product>//<LANG>}), e.g.
 *                 {@code Sammantraden}; ASCII letters, digits and dashes
 * @param language the language the texts are in
 * @param name     shown by calendar apps as the subscribed calendar's name (X-WR-CALNAME)
 * @param domain   the right-hand side of every UID, the site's host, e.g. {@code overtornea.se}
 */
public record CalendarFeed(String product, Lang language, String name, String domain) {

    public CalendarFeed {
        if (product == null || !product.matches("[A-Za-z0-9-]{1,40}")) {
            throw new IllegalArgumentException(
                    "A calendar product is 1 to 40 ASCII letters, digits or dashes: " + product);
        }
        if (language == null || name == null || name.isBlank() || domain == null || domain.isBlank()) {
            throw new IllegalArgumentException("A calendar needs a language, a name and a domain");
        }
    }

    /** A feed whose UIDs end in the host of the site's base URL ({@code bygdeportalen.base-url}). */
    public static CalendarFeed of(String product, Lang language, String name, String baseUrl) {
        return new CalendarFeed(product, language, name, URI.create(baseUrl).getHost());
    }
}
