package se.bygdeportalen.proposals.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Result;

/**
 * The registrar asks the proposer to change the proposal (e.g. two topics in one, an individual case):
 * the proposer gets the message by mail and can edit and send it again (with e-ID on the site, or
 * through a link in the mail).
 */
@Component
public class RequestProposalAmendment {

    /** @param message what the proposer should change */
    public record Command(long proposalId, String message) {}

    private final ProposalRepository repository;
    private final ProposalMails mails;
    private final AuditLog audit;
    private final Clock clock;

    RequestProposalAmendment(ProposalRepository repository, ProposalMails mails, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result requestAmendment(Command command, Actor actor) {
        long id = command.proposalId();
        Proposal p = HandleProposalSupport.lock(repository, id, ProposalAccess.REVIEW, actor);
        HandleProposalSupport.require(p, ProposalStatus.SUBMITTED);
        String message = ProposalContent.text(command.message());
        String editToken = p.residentId() == null && p.channel() == ProposalChannel.EMAIL ? Tokens.random() : null;
        Instant now = clock.instant();
        repository.amendmentRequested(id, message, editToken == null ? null : Tokens.hash(editToken), now);
        repository.addEvent(
                id,
                ProposalRepository.NewEvent.of(ProposalEventKind.AMENDMENT_REQUESTED, message, actor.personId()),
                now);
        mails.amendmentRequested(p, message, editToken);
        audit.record(
                actor,
                ProposalsAudit.AMENDMENT_REQUESTED,
                "proposal",
                id,
                "Asked the proposer to amend " + p.caseNumber(),
                Map.of("status", p.status().name()),
                Map.of("status", "AMENDMENT_REQUESTED", "message", message));
        return Result.saved(id);
    }
}
