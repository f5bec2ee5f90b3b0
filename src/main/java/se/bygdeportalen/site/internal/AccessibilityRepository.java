package se.bygdeportalen.site.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.bygdeportalen.platform.i18n.TranslatableText;

/** SQL for the accessibility statement: two queries for the whole page. */
@Repository
public class AccessibilityRepository {

    private final JdbcClient jdbc;

    AccessibilityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public AccessibilityStatement load() {
        List<AccessibilityStatement.Issue> issues = jdbc.sql(
                        "SELECT id, description, wcag_criteria, planned_fix FROM site_accessibility_issue ORDER BY id")
                .query((rs, n) -> new AccessibilityStatement.Issue(
                        rs.getLong("id"),
                        TranslatableText.fromJson(rs.getString("description")),
                        rs.getString("wcag_criteria"),
                        localDate(rs.getDate("planned_fix"))))
                .list();
        return jdbc.sql("SELECT * FROM site_accessibility_statement WHERE id = 1")
                .query((rs, n) -> new AccessibilityStatement(
                        AccessibilityStatement.Compliance.valueOf(rs.getString("compliance")),
                        AccessibilityStatement.Method.valueOf(rs.getString("method")),
                        rs.getDate("assessed_on").toLocalDate(),
                        rs.getDate("updated_on").toLocalDate(),
                        rs.getString("feedback_email"),
                        text(rs.getString("disproportionate_burden")),
                        text(rs.getString("out_of_scope")),
                        issues))
                .single();
    }

    public void update(
            AccessibilityStatement.Compliance compliance,
            AccessibilityStatement.Method method,
            LocalDate assessedOn,
            LocalDate updatedOn,
            String feedbackEmail,
            @Nullable TranslatableText burden,
            @Nullable TranslatableText outOfScope) {
        jdbc.sql("""
                UPDATE site_accessibility_statement SET compliance = :c, method = :m, assessed_on = :a, updated_on = :u,
                       feedback_email = :e, disproportionate_burden = CAST(:b AS jsonb), out_of_scope = CAST(:o AS jsonb)
                WHERE id = 1
                """)
                .param("c", compliance.name())
                .param("m", method.name())
                .param("a", Date.valueOf(assessedOn))
                .param("u", Date.valueOf(updatedOn))
                .param("e", feedbackEmail)
                .param("b", burden == null ? null : burden.toJson())
                .param("o", outOfScope == null ? null : outOfScope.toJson())
                .update();
    }

    public long addIssue(TranslatableText description, String criteria, @Nullable LocalDate plannedFix) {
        return jdbc.sql(
                        "INSERT INTO site_accessibility_issue (description, wcag_criteria, planned_fix) VALUES (CAST(:d AS jsonb), :w, :p) RETURNING id")
                .param("d", description.toJson())
                .param("w", criteria)
                .param("p", plannedFix == null ? null : Date.valueOf(plannedFix))
                .query(Long.class)
                .single();
    }

    public int removeIssue(long id) {
        return jdbc.sql("DELETE FROM site_accessibility_issue WHERE id = :id")
                .param("id", id)
                .update();
    }

    public void touch(LocalDate today) {
        jdbc.sql("UPDATE site_accessibility_statement SET updated_on = :u WHERE id = 1")
                .param("u", Date.valueOf(today))
                .update();
    }

    private static @Nullable TranslatableText text(@Nullable String json) {
        return json == null ? null : TranslatableText.fromJson(json);
    }

    private static @Nullable LocalDate localDate(@Nullable Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
