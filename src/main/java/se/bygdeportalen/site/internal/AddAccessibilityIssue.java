package se.bygdeportalen.site.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;

/** A communicator adds a known accessibility problem to the statement. */
@Component
public class AddAccessibilityIssue {

    /** What a list of WCAG success criteria looks like: "1.1.1, 1.3.1". */
    public static final String CRITERIA = "\\s*\\d\\.\\d{1,2}\\.\\d{1,2}(\\s*,\\s*\\d\\.\\d{1,2}\\.\\d{1,2})*\\s*";

    /** @param plannedFix when it will be fixed, or null when not known */
    public record Command(
            @Nullable TranslatableText description,
            @Nullable String wcagCriteria,
            @Nullable LocalDate plannedFix) {}

    private final AccessibilityRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    AddAccessibilityIssue(AccessibilityRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result addAccessibilityIssue(Command command, Actor actor) {
        SiteAccess.STATEMENT_KEEPERS.check(actor, command);
        Violations violations = new Violations();
        TranslatableText description = command.description();
        String wcagCriteria = command.wcagCriteria();
        if (description == null) {
            violations.reject("description[sv]", "validation.translatable.swedishRequired");
        }
        if (wcagCriteria == null || wcagCriteria.length() > 100 || !wcagCriteria.matches(CRITERIA)) {
            violations.reject("wcagCriteria", "Pattern");
        }
        if (violations.any() || description == null || wcagCriteria == null) { // both are violations above
            return violations.invalid();
        }
        LocalDate plannedFix = command.plannedFix();
        String criteria = wcagCriteria.replaceAll("\\s+", "").replace(",", ", ");
        long id = repository.addIssue(description, criteria, plannedFix);
        repository.touch(LocalDate.now(clock.withZone(DateFormats.ZONE)));
        Map<String, @Nullable Object> after = new LinkedHashMap<>();
        after.put("description", description.toJson());
        after.put("wcagCriteria", criteria);
        after.put("plannedFix", plannedFix == null ? null : plannedFix.toString());
        audit.recordCreate(
                actor,
                SiteAudit.ISSUE_ADDED,
                "accessibility_issue",
                id,
                "Added a known accessibility problem (" + criteria + ")",
                after);
        return Result.saved(id);
    }
}
