package se.bygdeportalen.proposals;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.web.FormValues;
import se.bygdeportalen.platform.usecase.Problem;

/**
 * A moderator acts on a published proposal or one of its attachments, usually after a report: hides
 * it, edits personal data or offensive words out of the text (redact), restores it, or dismisses the
 * reports. Every action has a reason; the proposer is told; open reports are closed with the outcome.
 */
@Component
class ModerateProposal {

    enum Action { HIDE, REDACT, RESTORE, DISMISS }

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

    @Transactional
    FormResult moderate(long id, ProposalForms.ModerationForm form, Errors errors, PortalUser staff) {
        Proposal p = HandleProposalSupport.lock(repository, id);
        if (p.caseNumber() == null) {
            throw Problem.notFound();
        }
        Action action = FormValues.choice(Action.class, form.action(), "action", errors);
        String title = ProposalContent.text(form.title());
        String body = ProposalContent.text(form.body());
        if (action == Action.REDACT) {
            if (title == null || title.isBlank()) {
                FormValues.reject(errors, "title", "NotBlank");
            }
            if (body == null || body.isBlank()) {
                FormValues.reject(errors, "body", "NotBlank");
            }
        }
        if (action == Action.HIDE && p.hidden() || action == Action.RESTORE && !p.hidden()) {
            throw new ProposalProblem(HttpStatus.CONFLICT, "proposals.problem.wrongStatus");
        }
        if (errors.hasErrors()) {
            return FormResult.refused(null);
        }
        String reason = ProposalContent.text(form.reason());
        Instant now = clock.instant();
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        ProposalEventKind kind;
        String outcome;
        switch (action) {
            case HIDE -> {
                repository.hidden(id, true, reason, now);
                before.put("hidden", false);
                after.put("hidden", true);
                kind = ProposalEventKind.HIDDEN;
                outcome = "HIDDEN";
            }
            case RESTORE -> {
                repository.hidden(id, false, null, now);
                before.put("hidden", true);
                after.put("hidden", false);
                kind = ProposalEventKind.RESTORED;
                outcome = "RESTORED";
            }
            case REDACT -> {
                repository.redact(id, title, body, now);
                before.put("title", p.title());
                before.put("body", p.body());
                after.put("title", title);
                after.put("body", body);
                kind = ProposalEventKind.REDACTED;
                outcome = "REDACTED";
            }
            default -> {
                kind = ProposalEventKind.REPORT_DISMISSED;
                outcome = "DISMISSED";
            }
        }
        after.put("reason", reason);
        repository.addEvent(id, ProposalRepository.NewEvent.of(kind, reason, staff.id()), now);
        int reports = repository.handleReports(id, outcome, staff.id(), now);
        if (kind != ProposalEventKind.REPORT_DISMISSED) {
            mails.toProposer(p, kind, reason);
        }
        audit.record("proposals.moderation." + outcome.toLowerCase(), "proposal", id,
                "Moderation " + outcome + " of " + p.caseNumber() + " (" + reports + " report(s) closed)", before, after);
        return FormResult.ok(id);
    }

    /** Hides or shows one attachment (for example a photo showing someone's personal data). */
    @Transactional
    void attachment(long id, long attachmentId, boolean hide, PortalUser staff) {
        Proposal p = HandleProposalSupport.lock(repository, id);
        ProposalAttachment a = repository.attachment(id, attachmentId).orElseThrow(Problem::notFound);
        if (a.hidden() == hide) {
            return;
        }
        Instant now = clock.instant();
        repository.hideAttachment(attachmentId, hide);
        ProposalEventKind kind = hide ? ProposalEventKind.HIDDEN : ProposalEventKind.RESTORED;
        repository.addEvent(id, ProposalRepository.NewEvent.of(kind, a.originalName(), staff.id()), now);
        repository.handleReports(id, hide ? "HIDDEN" : "RESTORED", staff.id(), now);
        mails.toProposer(p, kind, a.originalName());
        audit.record(hide ? "proposals.moderation.hidden" : "proposals.moderation.restored", "proposal_attachment", attachmentId,
                (hide ? "Hid" : "Restored") + " an attachment of " + p.caseNumber(), Map.of("hidden", !hide), Map.of("hidden", hide));
    }
}
