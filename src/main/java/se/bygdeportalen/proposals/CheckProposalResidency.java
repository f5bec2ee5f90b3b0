package se.bygdeportalen.proposals;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.security.PortalUser;

/** A registrar records that the proposer is folkbokförd in the municipality (needed for the e-mail and paper routes). */
@Component
class CheckProposalResidency {

    private final ProposalRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    CheckProposalResidency(ProposalRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void check(long id, PortalUser staff) {
        Proposal p = HandleProposalSupport.lock(repository, id);
        HandleProposalSupport.require(p, ProposalStatus.SUBMITTED, ProposalStatus.AMENDMENT_REQUESTED);
        if (p.residencyCheckedAt() != null) {
            return;
        }
        Instant now = clock.instant();
        repository.residencyChecked(id, now);
        repository.addEvent(id, ProposalRepository.NewEvent.of(ProposalEventKind.RESIDENCY_CHECKED, null, staff.id()), now);
        audit.record("proposals.residency.checked", "proposal", id, "Residency checked for " + p.caseNumber(),
                Map.of("residencyChecked", false), Map.of("residencyChecked", true));
    }
}
