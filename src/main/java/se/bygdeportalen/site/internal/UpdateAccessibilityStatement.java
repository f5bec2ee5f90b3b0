package se.bygdeportalen.site;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.audit.Changes;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.web.FormValues;
import se.bygdeportalen.platform.web.TranslatableInput;

/** A communicator updates the statement's compliance, assessment and exemptions; "last updated" becomes today. */
@Component
class UpdateAccessibilityStatement {

    private final AccessibilityRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    UpdateAccessibilityStatement(AccessibilityRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    boolean update(AccessibilityForms.StatementForm form, Errors errors) {
        TranslatableText burden = TranslatableInput.read(form.disproportionateBurden(), "disproportionateBurden", false, 4000, errors);
        TranslatableText outOfScope = TranslatableInput.read(form.outOfScope(), "outOfScope", false, 4000, errors);
        AccessibilityStatement.Compliance compliance = FormValues.choice(AccessibilityStatement.Compliance.class, form.compliance(), "compliance", errors);
        AccessibilityStatement.Method method = FormValues.choice(AccessibilityStatement.Method.class, form.method(), "method", errors);
        LocalDate assessedOn = FormValues.date(form.assessedOn(), "assessedOn", true, errors);
        LocalDate today = LocalDate.now(clock.withZone(se.bygdeportalen.platform.i18n.DateFormats.ZONE));
        if (assessedOn != null && assessedOn.isAfter(today)) {
            errors.rejectValue("assessedOn", "site.accessibility.form.assessedOn.future");
        }
        if (errors.hasErrors()) {
            return false;
        }
        AccessibilityStatement before = repository.load();
        Changes changes = new Changes()
                .field("compliance", before.compliance(), compliance)
                .field("method", before.method(), method)
                .field("assessedOn", before.assessedOn(), assessedOn)
                .field("feedbackEmail", before.feedbackEmail(), form.feedbackEmail().strip())
                .field("disproportionateBurden", before.disproportionateBurden(), burden)
                .field("outOfScope", before.outOfScope(), outOfScope);
        if (!changes.any()) {
            return true; // Saved without changes: the statement, and its "last updated" date, stay as they were.
        }
        repository.update(compliance, method, assessedOn, today, form.feedbackEmail().strip(), burden, outOfScope);
        audit.record("site.accessibility.updated", "accessibility_statement", 1,
                "Updated the accessibility statement: " + String.join(", ", changes.names()),
                changes.before(), changes.after());
        return true;
    }

}
