package se.bygdeportalen.platform.web;

import org.jspecify.annotations.Nullable;

/** A choice in a select, a radio group or a checkbox group. */
public record Option(
        String value,
        String label,
        boolean selected,
        @Nullable String hint) {

    public static Option of(String value, String label, boolean selected) {
        return new Option(value, label, selected, null);
    }
}
