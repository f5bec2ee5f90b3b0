package se.bygdeportalen.proposals.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;

/** A moderator hides or shows one attachment (for example a photo showing someone's personal data). */
@Component
public class ModerateProposalAttachment {

    /** @param attachment the attachment's token, as in its URL */
    public record Command(long proposalId, UUID attachment, boolean hide) {}

    private final ProposalRepository repository;
    private final ProposalMails mails;
    private final AuditLog audit;
    private final Clock clock;

    ModerateProposalAttachment(ProposalRepository repository, ProposalMails mails, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result moderateAttachment(Command command, Actor actor) {
        long id = command.proposalId();
        boolean hide = command.hide();
        Proposal p = HandleProposalSupport.lock(repository, id, ProposalAccess.MODERATE, actor);
        ProposalAttachment a = repository.attachment(id, command.attachment()).orElseThrow(Problem::notFound);
        if (a.hidden() == hide) {
            return Result.saved(a.id());
        }
        Instant now = clock.instant();
        repository.hideAttachment(a.id(), hide);
        ProposalEventKind kind = hide ? ProposalEventKind.HIDDEN : ProposalEventKind.RESTORED;
        repository.addEvent(id, ProposalRepository.NewEvent.of(kind, a.originalName(), actor.personId()), now);
        repository.handleReports(id, hide ? "HIDDEN" : "RESTORED", actor.personId(), now);
        mails.toProposer(p, kind, a.originalName());
        audit.record(
                actor,
                hide ? ProposalsAudit.HIDDEN : ProposalsAudit.RESTORED,
                "proposal_attachment",
                a.id(),
                (hide ? "Hid" : "Restored") + " an attachment of " + p.caseNumber(),
                Map.of("hidden", !hide),
                Map.of("hidden", hide));
        return Result.saved(a.id());
    }
}
