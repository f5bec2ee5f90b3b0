package se.bygdeportalen.platform.manifest;

import org.jspecify.annotations.Nullable;

/**
 * A link in the public main navigation or footer. {@code path} follows the language prefix, e.g.
 * {@code "/kontakt"}; lower {@code order} comes first. {@code descriptionKey} (may be null) is the
 * one-line text under the link where links are shown as cards, as on the start page.
 */
public record NavLink(
        String labelKey, String path, int order, @Nullable String descriptionKey) {

    public NavLink(String labelKey, String path, int order) {
        this(labelKey, path, order, null);
    }
}
