package se.bygdeportalen.proposals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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

    public record Page(List<ProposalListItem> items, long total) {}

    private final JdbcClient jdbc;

    ProposalListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of the list and the total number of hits: two statements whatever the number of rows.
     * (A window count in the page query would make PostgreSQL read and sort every hit; apart, the page
     * is a top-N read on the partial index of V030 and the count a plain scan.)
     */
    public Page page(ProposalListQuery query, int pageSize) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        String order = switch (query.sort()) {
            case "supports" -> "p.support_count DESC, p.published_at DESC, p.id DESC";
            case "relevance" ->
                query.search()
                        .map(s -> s.rank("p.search_vector") + " DESC, p.published_at DESC, p.id DESC")
                        .orElse("p.published_at DESC, p.id DESC");
            default -> "p.published_at DESC, p.id DESC";
        };
        long total = jdbc.sql("SELECT count(*) FROM proposal p WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", pageSize);
        params.put("offset", (long) (query.page() - 1) * pageSize);
        List<ProposalListItem> items = (long) (query.page() - 1) * pageSize >= total
                ? List.of()
                : jdbc.sql("""
                SELECT p.id, p.case_number, p.case_year, p.case_seq, p.title, p.language, p.status, p.category, p.village_slug,
                       p.published_at, p.answered_at, p.support_count, p.answer_outcome, left(p.body, %d) AS excerpt
                FROM proposal p
                WHERE %s
                ORDER BY %s
                LIMIT :limit OFFSET :offset
                """.formatted(EXCERPT_LENGTH + 40, where, order))
                        .params(params)
                        .query((rs, n) -> item(rs))
                        .list();
        return new Page(items, total);
    }

    /** Years that have public proposals, newest first. */
    public List<Integer> years() {
        return jdbc.sql("SELECT DISTINCT p.case_year FROM proposal p WHERE " + PUBLIC + " ORDER BY 1 DESC")
                .query((rs, row) -> rs.getInt(1))
                .list();
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
