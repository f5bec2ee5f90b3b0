package se.bygdeportalen.site.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;

/** A communicator removes a problem from the statement, typically because it has been fixed. */
@Component
public class RemoveAccessibilityIssue {

    public record Command(long issueId) {}

    private final AccessibilityRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    RemoveAccessibilityIssue(AccessibilityRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result removeAccessibilityIssue(Command command, Actor actor) {
        SiteAccess.STATEMENT_KEEPERS.check(actor, command);
        long id = command.issueId();
        AccessibilityStatement.Issue issue = repository.load().issues().stream()
                .filter(i -> i.id() == id)
                .findFirst()
                .orElseThrow(Problem::notFound);
        repository.removeIssue(id);
        repository.touch(LocalDate.now(clock.withZone(DateFormats.ZONE)));
        audit.record(
                actor,
                SiteAudit.ISSUE_REMOVED,
                "accessibility_issue",
                id,
                "Removed a known accessibility problem (" + issue.wcagCriteria() + ")",
                Map.of("description", issue.description().toJson(), "wcagCriteria", issue.wcagCriteria()),
                null);
        return Result.saved(id);
    }
}
