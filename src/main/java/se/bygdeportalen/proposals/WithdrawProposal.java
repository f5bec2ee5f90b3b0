package se.bygdeportalen.proposals;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.usecase.Problem;

/**
 * The proposer takes back a proposal that has been sent in but not yet published. It keeps its case
 * number (the diarium has no gaps) and shows as withdrawn to staff.
 */
@Component
class WithdrawProposal {

    private final ProposalRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    WithdrawProposal(ProposalRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void withdraw(long id, PortalUser resident) {
        Proposal p = repository.lock(id).filter(x -> x.ownedBy(resident.id())).orElseThrow(Problem::notFound);
        HandleProposalSupport.require(p, ProposalStatus.SUBMITTED, ProposalStatus.AMENDMENT_REQUESTED);
        Instant now = clock.instant();
        repository.setStatus(id, ProposalStatus.WITHDRAWN, now);
        repository.addEvent(id, ProposalRepository.NewEvent.of(ProposalEventKind.WITHDRAWN, null, null), now);
        audit.record("proposals.proposal.withdrawn", "proposal", id, "Proposer withdrew " + p.caseNumber(),
                Map.of("status", p.status().name()), Map.of("status", "WITHDRAWN"));
    }
}
