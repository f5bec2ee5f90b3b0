package se.bygdeportalen.site.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.audit.Changes;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;

/** A communicator updates the statement's compliance, assessment and exemptions; "last updated" becomes today. */
@Component
public class UpdateAccessibilityStatement {

    /** The statement has one row; its id in the audit log. */
    static final long STATEMENT_ID = 1;

    /** @param disproportionateBurden and {@code outOfScope}: null when the statement has none */
    public record Command(
            AccessibilityStatement.@Nullable Compliance compliance,
            AccessibilityStatement.@Nullable Method method,
            @Nullable LocalDate assessedOn,
            @Nullable String feedbackEmail,
            @Nullable TranslatableText disproportionateBurden,
            @Nullable TranslatableText outOfScope) {}

    private final AccessibilityRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    UpdateAccessibilityStatement(AccessibilityRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result updateAccessibilityStatement(Command command, Actor actor) {
        SiteAccess.STATEMENT_KEEPERS.check(actor, command);
        LocalDate today = LocalDate.now(clock.withZone(DateFormats.ZONE));
        Violations violations = new Violations();
        AccessibilityStatement.Compliance compliance = command.compliance();
        AccessibilityStatement.Method method = command.method();
        LocalDate assessedOn = command.assessedOn();
        if (compliance == null) {
            violations.reject("compliance", "NotNull");
        }
        if (method == null) {
            violations.reject("method", "NotNull");
        }
        if (assessedOn == null) {
            violations.reject("assessedOn", "NotNull");
        } else if (assessedOn.isAfter(today)) {
            violations.reject("assessedOn", "site.accessibility.form.assessedOn.future");
        }
        String email =
                command.feedbackEmail() == null ? "" : command.feedbackEmail().strip();
        if (email.isEmpty()) {
            violations.reject("feedbackEmail", "NotBlank");
        }
        if (violations.any() || compliance == null || method == null || assessedOn == null) { // violations above
            return violations.invalid();
        }
        AccessibilityStatement before = repository.load();
        Changes changes = new Changes()
                .field("compliance", before.compliance(), compliance)
                .field("method", before.method(), method)
                .field("assessedOn", before.assessedOn(), assessedOn)
                .field("feedbackEmail", before.feedbackEmail(), email)
                .field("disproportionateBurden", before.disproportionateBurden(), command.disproportionateBurden())
                .field("outOfScope", before.outOfScope(), command.outOfScope());
        if (changes.any()) {
            repository.update(
                    compliance,
                    method,
                    assessedOn,
                    today,
                    email,
                    command.disproportionateBurden(),
                    command.outOfScope());
            audit.record(
                    actor,
                    SiteAudit.STATEMENT_UPDATED,
                    "accessibility_statement",
                    STATEMENT_ID,
                    "Updated the accessibility statement: " + String.join(", ", changes.names()),
                    changes.before(),
                    changes.after());
        }
        // Saved without changes: the statement, and its "last updated" date, stay as they were.
        return Result.saved(STATEMENT_ID);
    }
}
