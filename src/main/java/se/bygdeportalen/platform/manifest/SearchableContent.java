package se.bygdeportalen.platform.manifest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.bygdeportalen.platform.i18n.Lang;

/**
 * A kind of public content the site search covers, e.g. proposals or decisions. The module owns the
 * {@link Source}, a bean that reads only the module's own tables; the platform copies what it yields
 * into the shared search index and refreshes a kind when its {@link Source#fingerprint() fingerprint}
 * changes (see ADR 0013). The manifest names the source's bean type rather than holding an instance,
 * so declaring content needs nothing injected into the manifest. The results page titles the kind's
 * group with {@code nameKey} and shows groups by {@code order}.
 *
 * @param kind    stable id of the kind, lower-case, e.g. {@code "decision"}; unique across modules
 * @param nameKey message key of the kind's plural name, the heading of its group of results
 * @param order   lower comes first on the results page
 * @param source  the bean type of the module's source: what is public of this kind right now
 */
public record SearchableContent(String kind, String nameKey, int order, Class<? extends Source> source) {

    public SearchableContent {
        if (kind == null || !kind.matches("[a-z][a-z0-9-]{1,39}")) {
            throw new IllegalArgumentException("Searchable kind must be a lower-case id: " + kind);
        }
        Objects.requireNonNull(nameKey, "nameKey");
        Objects.requireNonNull(source, "source");
    }

    /** Reads one kind of public content from the module's own tables. */
    public interface Source {

        /**
         * A cheap value that changes whenever {@link #entries()} would yield something else: counts,
         * the highest id, the latest change time, a hash of the indexed columns, and the date when
         * visibility depends on it. Called every minute, so it must be one small aggregate query.
         */
        String fingerprint();

        /** Every entry of this kind that the public may see now; nothing else (no drafts, nothing hidden). */
        List<Entry> entries();
    }

    /**
     * One searchable thing, with its text in each language it is written in. A proposal has one
     * language (the one it was written in); content written by staff has Swedish and its translations.
     *
     * @param key   stable within the kind, e.g. the record's id
     * @param path  public page after the language prefix, e.g. {@code "/beslut/12"}
     * @param date  the date shown and used to prefer newer entries; may be null
     * @param texts the entry per language it exists in; at least one
     */
    public record Entry(String key, String path, @Nullable LocalDate date, Map<Lang, Text> texts) {

        public Entry {
            Objects.requireNonNull(key, "key");
            if (path == null || !path.startsWith("/")) {
                throw new IllegalArgumentException("A search entry's path follows the language prefix: " + path);
            }
            if (texts == null || texts.isEmpty()) {
                throw new IllegalArgumentException("A search entry needs text in at least one language: " + key);
            }
            texts = Map.copyOf(texts);
        }
    }

    /**
     * The entry in one language.
     *
     * @param title   shown as the result's link text, searched and weighted highest
     * @param summary one short line shown under the title (a body, a status); shown, not searched, so that
     *                every decision of the school committee does not match "school"; may be null
     * @param body    further text that is searched but not shown; may be null
     */
    public record Text(
            String title,
            @Nullable String summary,
            @Nullable String body) {

        public Text {
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("A search entry needs a title");
            }
        }
    }
}
