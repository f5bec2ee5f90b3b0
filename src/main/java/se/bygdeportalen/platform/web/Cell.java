package se.bygdeportalen.platform.web;

import org.jspecify.annotations.Nullable;

/** A table cell: text, optionally a link, right-aligned when numeric; {@code lang} marks a fallback. */
public record Cell(
        String text,
        @Nullable String href,
        boolean numeric,
        @Nullable String lang) {

    public static Cell text(String text) {
        return new Cell(text, null, false, null);
    }

    public static Cell link(String text, String href) {
        return new Cell(text, href, false, null);
    }

    public static Cell number(String formatted) {
        return new Cell(formatted, null, true, null);
    }
}
