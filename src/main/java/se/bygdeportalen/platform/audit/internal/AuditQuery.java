package se.bygdeportalen.platform.audit.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the audit log for administrators: filtered, newest first, a page at a time. */
@Component
public class AuditQuery {

    public static final int PAGE_SIZE = 50;

    public record Page(List<AuditEntry> entries, long total) {}

    private final JdbcClient jdbc;

    public AuditQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page find(AuditFilter filter, int page, ZoneId zone) {
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
        String clause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT count(*) FROM audit_log" + clause)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", PAGE_SIZE);
        params.put("offset", (long) (Math.max(page, 1) - 1) * PAGE_SIZE);
        List<AuditEntry> entries = jdbc.sql("SELECT * FROM audit_log" + clause
                        + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query(AuditQuery::map)
                .list();
        return new Page(entries, total);
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
