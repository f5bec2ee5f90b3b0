package se.bygdeportalen.platform.web;

import org.jspecify.annotations.Nullable;

/** Conventions for form markup shared by the components. */
public final class Fields {

    private Fields() {}

    /** The id of the input for a field name; error summary links point here. */
    public static String id(String field) {
        return "f-" + field.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** The ids an input is described by: its hint and its error, when present. */
    public static @Nullable String describedBy(String field, @Nullable String hint, @Nullable String error) {
        String id = id(field);
        String value = (hint != null ? id + "-hint " : "") + (error != null ? id + "-error" : "");
        return value.isBlank() ? null : value.strip();
    }
}
