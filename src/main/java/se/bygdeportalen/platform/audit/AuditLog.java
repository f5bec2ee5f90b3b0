package se.bygdeportalen.platform.audit;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.bygdeportalen.platform.manifest.AuditAction;
import se.bygdeportalen.platform.manifest.ModuleRegistry;
import se.bygdeportalen.platform.usecase.Actor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the audit log. It must be called inside the transaction of the change it records, so the
 * change and its record commit or roll back together; outside a transaction it refuses.
 * The action must be declared in a module manifest.
 */
@Component
public class AuditLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final ModuleRegistry modules;

    AuditLog(JdbcClient jdbc, ModuleRegistry modules) {
        this.jdbc = jdbc;
        this.modules = modules;
    }

    /**
     * Records one change made by {@code actor}.
     *
     * @param action     a declared action constant, e.g. {@code staff.account.created}
     * @param entityType kind of record, e.g. {@code staff_account}
     * @param entityId   id of the record
     * @param summary    one line a person can read; never a personal identity number
     * @param before     the changed fields before (null on create)
     * @param after      the changed fields after (null on delete)
     */
    public void record(
            Actor actor,
            AuditAction action,
            String entityType,
            @Nullable Object entityId,
            String summary,
            @Nullable Map<String, ?> before,
            @Nullable Map<String, ?> after) {
        write(actor, action.action(), entityType, entityId, summary, before, after);
    }

    public void recordCreate(
            Actor actor, AuditAction action, String entityType, Object entityId, String summary, Map<String, ?> after) {
        write(actor, action.action(), entityType, entityId, summary, null, after);
    }

    private void write(
            Actor actor,
            String action,
            String entityType,
            @Nullable Object entityId,
            String summary,
            @Nullable Map<String, ?> before,
            @Nullable Map<String, ?> after) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(
                    "Audit records must be written in the transaction of the change: " + action);
        }
        if (modules.auditEvent(action).isEmpty()) {
            throw new IllegalArgumentException("Audit action is not declared in any module manifest: " + action);
        }
        String kind = actor.kind();
        Long actorId = actor.personId();
        String actorName = actor.auditName();
        jdbc.sql("""
                INSERT INTO audit_log (actor_kind, actor_id, actor_name, action, entity_type, entity_id, summary,
                                       before_state, after_state, request_id)
                VALUES (:kind, :actorId, :actorName, :action, :entityType, :entityId, :summary,
                        CAST(:before AS jsonb), CAST(:after AS jsonb), :requestId)
                """)
                .param("kind", kind)
                .param("actorId", actorId)
                .param("actorName", actorName)
                .param("action", action)
                .param("entityType", entityType)
                .param("entityId", entityId == null ? null : entityId.toString())
                .param("summary", summary)
                .param("before", before == null ? null : JSON.writeValueAsString(before))
                .param("after", after == null ? null : JSON.writeValueAsString(after))
                .param("requestId", MDC.get("requestId"))
                .update();
    }
}
