package se.bygdeportalen.proposals.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;

/**
 * The proposer takes back a proposal that has been sent in but not yet published. It keeps its case
 * number (the diarium has no gaps) and shows as withdrawn to staff.
 */
@Component
public class WithdrawProposal {

    public record Command(long proposalId) {}

    private final ProposalRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    WithdrawProposal(ProposalRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result withdraw(Command command, Actor actor) {
        long id = command.proposalId();
        Proposal p = HandleProposalSupport.own(repository, id, actor);
        if (p.status() != ProposalStatus.SUBMITTED && p.status() != ProposalStatus.AMENDMENT_REQUESTED) {
            throw HandleProposalSupport.publicProblem(Problem.conflict("proposals.problem.wrongStatus"));
        }
        Instant now = clock.instant();
        repository.setStatus(id, ProposalStatus.WITHDRAWN, now);
        repository.addEvent(id, ProposalRepository.NewEvent.of(ProposalEventKind.WITHDRAWN, null, null), now);
        audit.record(
                actor,
                ProposalsAudit.WITHDRAWN,
                "proposal",
                id,
                "Proposer withdrew " + p.caseNumber(),
                Map.of("status", p.status().name()),
                Map.of("status", "WITHDRAWN"));
        return Result.saved(id);
    }
}
