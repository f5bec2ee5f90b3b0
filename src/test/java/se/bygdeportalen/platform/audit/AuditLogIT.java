package se.bygdeportalen.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.bygdeportalen.platform.identity.PlatformAudit;
import se.bygdeportalen.platform.manifest.AuditAction;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.test.IntegrationTest;

/** The audit log is written with the change, by whom, and can never be altered by the application. */
@IntegrationTest
class AuditLogIT {

    private static final Actor SYSTEM = Actor.system("audit log test");

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void recordsWhoWhatWhichRecordAndWhenInTheTransaction() {
        Actor admin = new Actor.Staff(4711, "anna.audit", Set.of(Role.ADMINISTRATOR));
        MDC.put("requestId", "req-12345678");
        String entity = UUID.randomUUID().toString();
        tx.executeWithoutResult(s -> audit.record(
                admin,
                PlatformAudit.STAFF_ACCOUNT_UPDATED,
                "staff_account",
                entity,
                "Changed roles",
                Map.of("roles", "[REGISTRAR]"),
                Map.of("roles", "[MODERATOR]")));
        Map<String, Object> row = jdbc.sql("SELECT * FROM audit_log WHERE entity_id = :e")
                .param("e", entity)
                .query()
                .singleRow();
        assertThat(row.get("actor_kind")).isEqualTo("staff");
        assertThat(row.get("actor_id")).isEqualTo(4711L);
        assertThat(row.get("actor_name")).isEqualTo("anna.audit");
        assertThat(row.get("action")).isEqualTo("staff.account.updated");
        assertThat(row.get("summary")).isEqualTo("Changed roles");
        assertThat(row.get("before_state").toString()).contains("REGISTRAR");
        assertThat(row.get("after_state").toString()).contains("MODERATOR");
        assertThat(row.get("request_id")).isEqualTo("req-12345678");
        // Stored as timestamptz: an absolute instant, shown in UTC to anyone who asks.
        assertThat(jdbc.sql("SELECT pg_typeof(occurred_at)::text FROM audit_log WHERE entity_id = :e")
                        .param("e", entity)
                        .query(String.class)
                        .single())
                .isEqualTo("timestamp with time zone");
    }

    @Test
    void aRolledBackChangeLeavesNoAuditRecord() {
        String entity = UUID.randomUUID().toString();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
                    audit.recordCreate(
                            SYSTEM,
                            PlatformAudit.STAFF_ACCOUNT_CREATED,
                            "staff_account",
                            entity,
                            "Created",
                            Map.of("username", "x"));
                    throw new IllegalStateException("the change failed");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_id = :e")
                        .param("e", entity)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void recordsTheSystemAndAVisitorAsWhatTheyAreNotAsAPerson() {
        String entity = UUID.randomUUID().toString();
        tx.executeWithoutResult(s -> {
            audit.recordCreate(
                    Actor.system("reminders"),
                    PlatformAudit.STAFF_ACCOUNT_CREATED,
                    "staff_account",
                    entity,
                    "By the system",
                    Map.of());
            audit.recordCreate(
                    Actor.VISITOR,
                    PlatformAudit.STAFF_ACCOUNT_CREATED,
                    "staff_account",
                    entity,
                    "By a visitor",
                    Map.of());
        });
        var rows = jdbc.sql("SELECT actor_kind, actor_id, actor_name FROM audit_log WHERE entity_id = :e ORDER BY id")
                .param("e", entity)
                .query()
                .listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("actor_kind", "system").containsEntry("actor_name", "system: reminders");
        assertThat(rows.get(0).get("actor_id")).isNull();
        assertThat(rows.get(1)).containsEntry("actor_kind", "visitor").containsEntry("actor_name", "visitor");
        assertThat(rows.get(1).get("actor_id")).isNull();
    }

    @Test
    void refusesToWriteOutsideATransaction() {
        assertThatThrownBy(() -> audit.recordCreate(
                        SYSTEM, PlatformAudit.STAFF_ACCOUNT_CREATED, "staff_account", 1, "Created", Map.of()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesActionsNoModuleDeclares() {
        assertThatThrownBy(() -> tx.executeWithoutResult(
                        s -> audit.recordCreate(SYSTEM, AuditAction.of("made.up.action"), "x", 1, "x", Map.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theApplicationCannotUpdateDeleteOrTruncateTheLog() {
        String entity = UUID.randomUUID().toString();
        tx.executeWithoutResult(s -> audit.recordCreate(
                SYSTEM, PlatformAudit.STAFF_ACCOUNT_CREATED, "staff_account", entity, "Created", Map.of()));
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET summary = 'forged' WHERE entity_id = :e")
                        .param("e", entity)
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE entity_id = :e")
                        .param("e", entity)
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_log").update()).isInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql("SELECT summary FROM audit_log WHERE entity_id = :e")
                        .param("e", entity)
                        .query(String.class)
                        .single())
                .isEqualTo("Created");
    }

    @Test
    void theApplicationsDatabaseRoleLacksTheRightsEvenWithoutTheTriggers() {
        Map<String, Object> rights = jdbc.sql("""
                SELECT current_user AS who,
                       has_table_privilege(current_user, 'audit_log', 'INSERT') AS can_insert,
                       has_table_privilege(current_user, 'audit_log', 'UPDATE') AS can_update,
                       has_table_privilege(current_user, 'audit_log', 'DELETE') AS can_delete,
                       has_table_privilege(current_user, 'audit_log', 'TRUNCATE') AS can_truncate,
                       (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser
                """).query().singleRow();
        assertThat(rights.get("who")).isEqualTo("bygdeportalen_app");
        assertThat(rights)
                .containsEntry("can_insert", true)
                .containsEntry("can_update", false)
                .containsEntry("can_delete", false)
                .containsEntry("can_truncate", false)
                .containsEntry("superuser", false);
    }
}
