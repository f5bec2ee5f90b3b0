package se.bygdeportalen.platform.api;

import org.jspecify.annotations.Nullable;

/**
 * The paging links of an HTML list page ({@code components/pageLinks.jte}): the first page, the page
 * before and the page after, each null when there is none. There are no page numbers: a keyset page
 * costs the same wherever it is in the list, and its link shows the same rows tomorrow.
 */
public record PageLinks(
        @Nullable String first,
        @Nullable String previous,
        @Nullable String next) {

    public static final PageLinks NONE = new PageLinks(null, null, null);

    public boolean needed() {
        return first != null || previous != null || next != null;
    }
}
