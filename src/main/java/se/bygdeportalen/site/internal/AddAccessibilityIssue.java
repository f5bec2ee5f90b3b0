package se.bygdeportalen.site;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.web.FormValues;
import se.bygdeportalen.platform.web.TranslatableInput;

/** A communicator adds a known accessibility problem to the statement. */
@Component
class AddAccessibilityIssue {

    private final AccessibilityRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    AddAccessibilityIssue(AccessibilityRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long add(AccessibilityForms.IssueForm form, Errors errors) {
        TranslatableText description = TranslatableInput.read(form.description(), "description", true, 2000, errors);
        LocalDate plannedFix = FormValues.date(form.plannedFix(), "plannedFix", false, errors);
        if (errors.hasErrors()) {
            return -1;
        }
        String criteria = form.wcagCriteria().replaceAll("\\s+", "").replace(",", ", ");
        long id = repository.addIssue(description, criteria, plannedFix);
        repository.touch(LocalDate.now(clock.withZone(DateFormats.ZONE)));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("description", description.toJson());
        after.put("wcagCriteria", criteria);
        after.put("plannedFix", plannedFix == null ? null : plannedFix.toString());
        audit.recordCreate("site.accessibility.issue-added", "accessibility_issue", id, "Added a known accessibility problem (" + criteria + ")", after);
        return id;
    }
}
