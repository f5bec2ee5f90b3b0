package se.bygdeportalen.proposals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.api.CappedCount;
import se.bygdeportalen.platform.api.Keyed;
import se.bygdeportalen.platform.api.KeysetPage;
import se.bygdeportalen.platform.api.KeysetRequest;
import se.bygdeportalen.platform.api.SeekOrder;
import se.bygdeportalen.platform.search.TextSearch;

/**
 * Reads public proposals for the list page, the feed, open data and the API. Every query here
 * filters with {@link #PUBLIC}, so nothing unpublished or hidden is ever returned, and reads only
 * public columns.
 */
@Repository
public class ProposalListRepository {

    /**
     * Public as {@link Proposal#publiclyVisible()} defines it: published, referred or answered, and not
     * hidden by a moderator (the partial indexes of V030 also require published_at).
     */
    public static final String PUBLIC =
            "p.published_at IS NOT NULL AND NOT p.hidden AND p.case_year IS NOT NULL AND p.status IN ("
                    + ProposalStatus.PUBLIC.stream()
                            .map(s -> "'" + s.name() + "'")
                            .sorted()
                            .collect(java.util.stream.Collectors.joining(", "))
                    + ")";

    public static final int EXCERPT_LENGTH = 220;

    /** One page of the list and how many match, counted up to {@link CappedCount#CAP}. */
    public record Page(KeysetPage<ProposalListItem> page, CappedCount total) {
        public List<ProposalListItem> items() {
            return page.items();
        }
    }

    /** Newest first: the list's default order. */
    public static final SeekOrder NEWEST =
            SeekOrder.descending("p.id", SeekOrder.key("p.published_at", SeekOrder.Type.INSTANT));
    /** Most supported first, then newest. */
    public static final SeekOrder SUPPORTS = SeekOrder.descending(
            "p.id",
            SeekOrder.key("p.support_count", SeekOrder.Type.LONG),
            SeekOrder.key("p.published_at", SeekOrder.Type.INSTANT));
    /** Best match first among the ranked candidates ({@code c}), then newest. */
    public static final SeekOrder RELEVANCE = SeekOrder.descending(
            "c.id",
            SeekOrder.key("c.rank", SeekOrder.Type.REAL),
            SeekOrder.key("c.published_at", SeekOrder.Type.INSTANT));

    private static final String ITEM_COLUMNS = """
            p.id, p.case_number, p.case_year, p.case_seq, p.title, p.language, p.status, p.category, p.village_slug,
            p.published_at, p.answered_at, p.support_count, p.answer_outcome, left(p.body, %d) AS excerpt""".formatted(EXCERPT_LENGTH + 40);

    private final JdbcClient jdbc;

    ProposalListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The order a query's sort stands for. */
    public static SeekOrder order(ProposalListQuery query) {
        return switch (query.sort()) {
            case "supports" -> SUPPORTS;
            case "relevance" -> query.searching() ? RELEVANCE : NEWEST;
            default -> NEWEST;
        };
    }

    /**
     * One page of the list and the number of hits: a count that stops after {@link CappedCount#CAP}
     * rows, and one keyset query, so the work is the same on the first page and the 300th whatever
     * the number of proposals. Searches run in a read-only transaction that tells the planner random
     * reads are cheap (the table is small and cached), so matches come through the GIN index.
     */
    @Transactional(readOnly = true)
    public Page page(ProposalListQuery query, KeysetRequest request) {
        if (query.searching()) {
            jdbc.sql(TextSearch.PREFER_INDEXES).query().listOfRows();
        }
        CappedCount total = count(query);
        KeysetPage<ProposalListItem> page = total.isZero()
                ? request.pageOf(List.of())
                : seek(query, request, total, ITEM_COLUMNS, (rs, n) -> item(rs));
        return new Page(page, total);
    }

    /** The newest public proposals, for the start page: one query, no count. */
    public List<ProposalListItem> latest(int limit) {
        KeysetRequest request = new KeysetRequest("/medborgarforslag", new java.util.TreeMap<>(), limit, null);
        return seek(ProposalListQuery.all(), request, CappedCount.ZERO, ITEM_COLUMNS, (rs, n) -> item(rs))
                .items();
    }

    /** How many public proposals match, up to {@link CappedCount#CAP} (reads at most one more row). */
    public CappedCount count(ProposalListQuery query) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        return CappedCount.of(jdbc.sql(CappedCount.sql("proposal p WHERE " + where))
                .params(params)
                .query(Long.class)
                .single());
    }

    /**
     * A keyset page of {@code columns} (of {@code proposal p}) in the query's order. A search with few
     * matches (the count was not capped) collects them through the GIN index first, at most
     * {@link CappedCount#CAP} + 1, and orders those; a search with many walks the order's index, where
     * matches are dense. Relevance ranks only the newest {@link TextSearch#RANKED} matches, so a common
     * word costs the same as a rare one.
     */
    public <T> KeysetPage<T> seek(
            ProposalListQuery query, KeysetRequest request, CappedCount total, String columns, RowMapper<T> mapper) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        SeekOrder order = order(query);
        String seek = order.condition(request, params);
        params.put("fetch", request.fetchSize());
        params.put("skip", request.skip());
        String sql;
        if (order == RELEVANCE) {
            params.put("ranked", TextSearch.RANKED);
            String candidates = total.capped()
                    ? "candidates AS MATERIALIZED (SELECT p.id, p.published_at FROM proposal p WHERE " + where
                            + " ORDER BY p.published_at DESC, p.id DESC LIMIT :ranked)"
                    : "hits AS MATERIALIZED (SELECT p.id, p.published_at FROM proposal p WHERE " + where
                            + " LIMIT " + (CappedCount.CAP + 1) + "), candidates AS (SELECT id, published_at FROM hits"
                            + " ORDER BY published_at DESC, id DESC LIMIT :ranked)";
            sql = "WITH " + candidates + ", c AS (SELECT k.id, k.published_at, "
                    + query.search().orElseThrow().rank("p.search_vector")
                    + " AS rank FROM candidates k JOIN proposal p ON p.id = k.id) SELECT " + columns + ", "
                    + order.columns() + " FROM c JOIN proposal p ON p.id = c.id WHERE " + seek + " ORDER BY "
                    + order.orderBy(request) + " LIMIT :fetch OFFSET :skip";
        } else if (query.searching() && !total.capped()) {
            sql = "WITH hits AS MATERIALIZED (SELECT p.id FROM proposal p WHERE " + where + " LIMIT "
                    + (CappedCount.CAP + 1) + ") SELECT " + columns + ", " + order.columns()
                    + " FROM hits h JOIN proposal p ON p.id = h.id WHERE " + seek + " ORDER BY "
                    + order.orderBy(request) + " LIMIT :fetch OFFSET :skip";
        } else {
            sql = "SELECT " + columns + ", " + order.columns() + " FROM proposal p WHERE " + where + " AND " + seek
                    + " ORDER BY " + order.orderBy(request) + " LIMIT :fetch OFFSET :skip";
        }
        List<Keyed<T>> rows = jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> new Keyed<>(mapper.mapRow(rs, n), order.position(rs)))
                .list();
        return request.pageOf(rows);
    }

    /**
     * Years that have public proposals, newest first: a skip scan (one index probe per year, on the
     * index of V095) rather than reading every public proposal.
     */
    public List<Integer> years() {
        return jdbc.sql("""
                WITH RECURSIVE y(year) AS (
                    (SELECT p.case_year FROM proposal p WHERE %1$s ORDER BY p.case_year DESC LIMIT 1)
                    UNION ALL
                    SELECT (SELECT p.case_year FROM proposal p WHERE %1$s AND p.case_year < y.year
                            ORDER BY p.case_year DESC LIMIT 1)
                    FROM y WHERE y.year IS NOT NULL
                )
                SELECT year FROM y WHERE year IS NOT NULL
                """.formatted(PUBLIC)).query((rs, n) -> rs.getInt(1)).list();
    }

    public static String where(ProposalListQuery query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(PUBLIC);
        if (query.status() != null) {
            where.append(" AND p.status = :status");
            params.put("status", query.status());
        }
        if (query.category() != null) {
            where.append(" AND p.category = :category");
            params.put("category", query.category());
        }
        if (query.year() != null) {
            where.append(" AND p.case_year = :year");
            params.put("year", query.year());
        }
        if (query.village() != null) {
            where.append(" AND p.village_slug = :village");
            params.put("village", query.village());
        }
        query.search().ifPresent(s -> {
            where.append(" AND ").append(s.condition("p.search_vector"));
            s.bind(params);
        });
        return where.toString();
    }

    private static ProposalListItem item(ResultSet rs) throws SQLException {
        return new ProposalListItem(
                rs.getLong("id"),
                rs.getString("case_number"),
                rs.getInt("case_year"),
                rs.getInt("case_seq"),
                rs.getString("title"),
                rs.getString("language"),
                rs.getString("status"),
                rs.getString("category"),
                rs.getString("village_slug"),
                instant(rs, "published_at"),
                instant(rs, "answered_at"),
                rs.getInt("support_count"),
                rs.getString("answer_outcome"),
                excerpt(rs.getString("excerpt")));
    }

    public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** The start of the text cut at a word, with an ellipsis when cut. */
    public static String excerpt(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= EXCERPT_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', EXCERPT_LENGTH);
        return flat.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH)
                        .stripTrailing() + "…";
    }
}
