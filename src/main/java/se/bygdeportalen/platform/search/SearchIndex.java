package se.bygdeportalen.platform.search;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.manifest.SearchableContent;

/**
 * SQL on the site search's index ({@code V070__platform_search_index.sql}). Only the platform
 * writes it; modules feed it through their manifest's {@link SearchableContent.Source}.
 */
@Repository
public class SearchIndex {

    /** Text beyond this is not indexed: a tsvector has a size limit, and nobody searches page 40 of a text. */
    private static final int MAX_TEXT = 50_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    SearchIndex(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** One result: the entry in the language chosen for the page (the visitor's, else Swedish, else its own). */
    public record Hit(
            String kind,
            String key,
            Lang lang,
            String title,
            @Nullable String summary,
            String path,
            @Nullable LocalDate date) {}

    Optional<String> fingerprint(String kind) {
        return jdbc.sql("SELECT fingerprint FROM search_index_state WHERE kind = :k")
                .param("k", kind)
                .query(String.class)
                .optional();
    }

    boolean isEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM search_index_state)")
                .query(Boolean.class)
                .single();
    }

    /** Makes the next refresh re-read every kind, whatever its fingerprint. */
    void markAllStale() {
        jdbc.sql("UPDATE search_index_state SET fingerprint = 'stale'").update();
    }

    /** Only one instance re-indexes a kind at a time; the lock ends with the transaction. */
    boolean tryLock(String kind) {
        return jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('search_index:' || :k))")
                .param("k", kind)
                .query(Boolean.class)
                .single();
    }

    /** Replaces everything indexed for a kind; call in one transaction so searches see the old or the new set. */
    void replace(String kind, List<SearchableContent.Entry> entries, String fingerprint, Instant now) {
        jdbc.sql("DELETE FROM search_index_entry WHERE kind = :k")
                .param("k", kind)
                .update();
        List<Object[]> rows = new ArrayList<>();
        for (SearchableContent.Entry e : entries) {
            for (Map.Entry<Lang, SearchableContent.Text> t : e.texts().entrySet()) {
                SearchableContent.Text text = t.getValue();
                String searched = cut(text.body() == null ? "" : text.body());
                rows.add(new Object[] {
                    kind,
                    e.key(),
                    t.getKey().code(),
                    text.title(),
                    text.summary(),
                    e.path(),
                    e.date() == null ? null : Date.valueOf(e.date()),
                    text.title(),
                    searched
                });
            }
        }
        batch.batchUpdate("""
                INSERT INTO search_index_entry (kind, entry_key, lang, title, summary, path, entry_date, document)
                VALUES (?, ?, ?, ?, ?, ?, ?, search_document(?, ?))
                ON CONFLICT (kind, entry_key, lang) DO NOTHING
                """, rows);
        jdbc.sql("""
                INSERT INTO search_index_state (kind, fingerprint, entries, indexed_at) VALUES (:k, :f, :n, :at)
                ON CONFLICT (kind) DO UPDATE SET fingerprint = excluded.fingerprint, entries = excluded.entries, indexed_at = excluded.indexed_at
                """)
                .param("k", kind)
                .param("f", fingerprint)
                .param("n", entries.size())
                .param("at", Timestamp.from(now))
                .update();
    }

    /** Forgets kinds no module declares any more. */
    int removeOtherKinds(List<String> declared) {
        if (declared.isEmpty()) {
            return jdbc.sql("DELETE FROM search_index_entry").update()
                    + jdbc.sql("DELETE FROM search_index_state").update();
        }
        int removed = jdbc.sql("DELETE FROM search_index_entry WHERE kind NOT IN (:k)")
                .param("k", declared)
                .update();
        jdbc.sql("DELETE FROM search_index_state WHERE kind NOT IN (:k)")
                .param("k", declared)
                .update();
        return removed;
    }

    /**
     * The best entries per kind for a query, at most {@code perKind + 1} of each (the extra one tells
     * that there are more), in one query. For each kind only its first {@code candidates} matching rows
     * are taken, straight from the GIN index over (kind, document) of V099 in the index's order, and only
     * those are ranked: ranking reads every ranked document, so this bounds the work whatever the index
     * size and however common the word, and no kind is crowded out by a larger one. Nothing counts all
     * matches. Within a kind, entries in the visitor's language come first, then by relevance.
     *
     * @param kinds      the kinds to search
     * @param candidates rows ranked per kind at most
     */
    @Transactional(readOnly = true)
    public List<Hit> search(String query, Lang lang, List<String> kinds, int perKind, int candidates) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        // The candidates must come from the GIN index: reading the table, or a kind in key order, would
        // test the words against every row until enough matched (400 ms for a word in 5 % of 100,000 rows).
        jdbc.sql("SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)")
                .query()
                .listOfRows();
        return jdbc.sql("""
                WITH candidates AS MATERIALIZED (
                    SELECT c.kind, c.entry_key, c.lang
                    FROM unnest(CAST(ARRAY[:kinds] AS text[])) AS k(kind)
                    CROSS JOIN LATERAL (
                        SELECT e.kind, e.entry_key, e.lang FROM search_index_entry e
                        WHERE e.kind = k.kind AND e.document @@ search_query(:q)
                        LIMIT :candidates
                    ) c
                ), entries AS (
                    SELECT c.kind, c.entry_key, max(ts_rank_cd(s.document, search_query(:q))) AS rank
                    FROM candidates c
                    JOIN search_index_entry s ON s.kind = c.kind AND s.entry_key = c.entry_key AND s.lang = c.lang
                    GROUP BY c.kind, c.entry_key
                ), shown AS (
                    SELECT DISTINCT ON (e.kind, e.entry_key) e.kind, e.entry_key, e.rank, s.lang, s.title, s.summary, s.path,
                           s.entry_date, s.lang = :lang AS in_lang
                    FROM entries e JOIN search_index_entry s ON s.kind = e.kind AND s.entry_key = e.entry_key
                    ORDER BY e.kind, e.entry_key, s.lang = :lang DESC, s.lang = 'sv' DESC, s.lang
                ), numbered AS (
                    SELECT shown.*, row_number() OVER (PARTITION BY kind
                        ORDER BY in_lang DESC, rank DESC, entry_date DESC NULLS LAST, entry_key) AS n
                    FROM shown
                )
                SELECT kind, entry_key, lang, title, summary, path, entry_date FROM numbered
                WHERE n <= :limit ORDER BY kind, n
                """)
                .param("q", query)
                .param("lang", lang.code())
                .param("kinds", kinds)
                .param("candidates", candidates)
                .param("limit", perKind + 1)
                .query((rs, n) -> {
                    Date date = rs.getDate("entry_date");
                    return new Hit(
                            rs.getString("kind"),
                            rs.getString("entry_key"),
                            Lang.fromCode(rs.getString("lang")).orElseThrow(),
                            rs.getString("title"),
                            rs.getString("summary"),
                            rs.getString("path"),
                            date == null ? null : date.toLocalDate());
                })
                .list();
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
