package se.bygdeportalen.proposals.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Result;

/** The registrar declines a proposal that does not meet the rules, with a reason the proposer is told. */
@Component
public class DeclineProposal {

    public record Command(long proposalId, String reason) {}

    private final ProposalRepository repository;
    private final ProposalMails mails;
    private final AuditLog audit;
    private final Clock clock;

    DeclineProposal(ProposalRepository repository, ProposalMails mails, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result decline(Command command, Actor actor) {
        long id = command.proposalId();
        Proposal p = HandleProposalSupport.lock(repository, id, ProposalAccess.REVIEW, actor);
        HandleProposalSupport.require(p, ProposalStatus.SUBMITTED, ProposalStatus.AMENDMENT_REQUESTED);
        String reason = ProposalContent.text(command.reason());
        Instant now = clock.instant();
        repository.declined(id, reason, now);
        repository.addEvent(
                id, ProposalRepository.NewEvent.of(ProposalEventKind.DECLINED, reason, actor.personId()), now);
        mails.toProposer(p, ProposalEventKind.DECLINED, reason);
        audit.record(
                actor,
                ProposalsAudit.DECLINED,
                "proposal",
                id,
                "Declined " + p.caseNumber(),
                Map.of("status", p.status().name()),
                Map.of("status", "DECLINED", "reason", reason));
        return Result.saved(id);
    }
}
