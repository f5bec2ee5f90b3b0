package se.bygdeportalen.platform.audit.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.api.CappedCount;
import se.bygdeportalen.platform.api.KeysetPage;
import se.bygdeportalen.platform.api.KeysetRequest;
import se.bygdeportalen.platform.api.SeekOrder;

/**
 * Reads the audit log for administrators: filtered, newest first, a keyset page at a time with a capped
 * count (ADR 0020), so a page costs the same however long the log has grown.
 */
@Component
public class AuditQuery {

    public static final int PAGE_SIZE = 50;

    /** Newest first: when it happened, then the id; both are never null (the index audit_log_occurred_at_idx). */
    public static final SeekOrder NEWEST =
            SeekOrder.descending("id", SeekOrder.key("occurred_at", SeekOrder.Type.INSTANT));

    /**
     * One page of the filtered log.
     *
     * @param entries the page, with the cursors of the pages before and after it
     * @param total   how many entries match, counted up to {@link CappedCount#CAP}
     */
    public record Page(KeysetPage<AuditEntry> entries, CappedCount total) {}

    private final JdbcClient jdbc;

    public AuditQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The page {@code request} asks for of the entries that match {@code filter}; the request's filters
     * must name the same filter, so that its cursors belong to this list.
     */
    public Page find(AuditFilter filter, KeysetRequest request, ZoneId zone) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.action() != null) {
            where.add("action = :action");
            params.put("action", filter.action());
        }
        if (filter.actor() != null) {
            where.add("actor_name ILIKE :actor");
            params.put("actor", "%" + filter.actor().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.entityType() != null) {
            where.add("entity_type = :entityType");
            params.put("entityType", filter.entityType());
        }
        if (filter.entityId() != null) {
            where.add("entity_id = :entityId");
            params.put("entityId", filter.entityId());
        }
        if (filter.from() != null) {
            where.add("occurred_at >= :from");
            params.put("from", filter.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.to() != null) {
            where.add("occurred_at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        String clause = where.isEmpty() ? "true" : String.join(" AND ", where);
        CappedCount total = CappedCount.of(jdbc.sql(CappedCount.sql("audit_log WHERE " + clause))
                .params(params)
                .query(Long.class)
                .single());
        return new Page(NEWEST.page(jdbc, "audit_log", clause, params, request, AuditQuery::map), total);
    }

    public Optional<AuditEntry> byId(long id) {
        return jdbc.sql("SELECT * FROM audit_log WHERE id = :id")
                .param("id", id)
                .query(AuditQuery::map)
                .optional();
    }

    private static AuditEntry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor_kind"),
                rs.getObject("actor_id", Long.class),
                rs.getString("actor_name"),
                rs.getString("action"),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                rs.getString("summary"),
                rs.getString("before_state"),
                rs.getString("after_state"),
                rs.getString("request_id"));
    }
}
