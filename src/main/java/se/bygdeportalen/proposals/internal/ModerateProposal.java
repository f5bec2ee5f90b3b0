package se.bygdeportalen.proposals.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.manifest.AuditAction;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;

/**
 * A moderator acts on a published proposal or one of its attachments, usually after a report: hides
 * it, edits personal data or offensive words out of the text (redact), restores it, or dismisses the
 * reports. Every action has a reason; the proposer is told; open reports are closed with the outcome.
 * One attachment is hidden or shown with {@link ModerateProposalAttachment}.
 */
@Component
public class ModerateProposal {

    public enum Action {
        HIDE,
        REDACT,
        RESTORE,
        DISMISS
    }

    private final ProposalRepository repository;
    private final ProposalMails mails;
    private final AuditLog audit;
    private final Clock clock;

    ModerateProposal(ProposalRepository repository, ProposalMails mails, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param action null when none was chosen
     * @param title  the redacted title (for {@code REDACT})
     * @param body   the redacted text (for {@code REDACT})
     */
    public record Command(
            long proposalId,
            @Nullable Action action,
            @Nullable String reason,
            @Nullable String title,
            @Nullable String body) {}

    @Transactional
    public Result moderate(Command command, Actor actor) {
        long id = command.proposalId();
        Proposal p = HandleProposalSupport.lock(repository, id, ProposalAccess.MODERATE, actor);
        if (p.caseNumber() == null) {
            throw Problem.notFound();
        }
        Violations violations = new Violations();
        Action action = command.action();
        if (action == null) {
            violations.reject("action", "NotNull");
        }
        String title = ProposalContent.text(command.title());
        String body = ProposalContent.text(command.body());
        if (action == Action.REDACT) {
            if (title == null || title.isBlank()) {
                violations.reject("title", "NotBlank");
            }
            if (body == null || body.isBlank()) {
                violations.reject("body", "NotBlank");
            }
        }
        if (action == Action.HIDE && p.hidden() || action == Action.RESTORE && !p.hidden()) {
            throw HandleProposalSupport.staffConflict("proposals.problem.wrongStatus");
        }
        if (violations.any() || action == null) { // a missing action is a violation above
            return violations.invalid();
        }
        String reason = ProposalContent.text(command.reason());
        Instant now = clock.instant();
        Map<String, @Nullable Object> before = new LinkedHashMap<>();
        Map<String, @Nullable Object> after = new LinkedHashMap<>();
        ProposalEventKind kind;
        AuditAction audited;
        String outcome;
        switch (action) {
            case HIDE -> {
                repository.hidden(id, true, reason, now);
                before.put("hidden", false);
                after.put("hidden", true);
                kind = ProposalEventKind.HIDDEN;
                outcome = "HIDDEN";
                audited = ProposalsAudit.HIDDEN;
            }
            case RESTORE -> {
                repository.hidden(id, false, null, now);
                before.put("hidden", true);
                after.put("hidden", false);
                kind = ProposalEventKind.RESTORED;
                outcome = "RESTORED";
                audited = ProposalsAudit.RESTORED;
            }
            case REDACT -> {
                if (title == null || body == null) { // never: a redaction without them is a violation above
                    return violations.invalid();
                }
                repository.redact(id, title, body, now);
                before.put("title", p.title());
                before.put("body", p.body());
                after.put("title", title);
                after.put("body", body);
                kind = ProposalEventKind.REDACTED;
                outcome = "REDACTED";
                audited = ProposalsAudit.REDACTED;
            }
            default -> {
                kind = ProposalEventKind.REPORT_DISMISSED;
                outcome = "DISMISSED";
                audited = ProposalsAudit.DISMISSED;
            }
        }
        after.put("reason", reason);
        repository.addEvent(id, ProposalRepository.NewEvent.of(kind, reason, actor.personId()), now);
        int reports = repository.handleReports(id, outcome, actor.personId(), now);
        if (kind != ProposalEventKind.REPORT_DISMISSED) {
            mails.toProposer(p, kind, reason);
        }
        audit.record(
                actor,
                audited,
                "proposal",
                id,
                "Moderation " + outcome + " of " + p.caseNumber() + " (" + reports + " report(s) closed)",
                before,
                after);
        return Result.saved(id);
    }
}
