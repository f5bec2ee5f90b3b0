package se.bygdeportalen.proposals.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Result;

/** A registrar records that the proposer is folkbokförd in the municipality (needed for the e-mail and paper routes). */
@Component
public class CheckProposalResidency {

    public record Command(long proposalId) {}

    private final ProposalRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    CheckProposalResidency(ProposalRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result checkResidency(Command command, Actor actor) {
        long id = command.proposalId();
        Proposal p = HandleProposalSupport.lock(repository, id, ProposalAccess.REGISTRY, actor);
        HandleProposalSupport.require(p, ProposalStatus.SUBMITTED, ProposalStatus.AMENDMENT_REQUESTED);
        if (p.residencyCheckedAt() != null) {
            return Result.saved(id);
        }
        Instant now = clock.instant();
        repository.residencyChecked(id, now);
        repository.addEvent(
                id, ProposalRepository.NewEvent.of(ProposalEventKind.RESIDENCY_CHECKED, null, actor.personId()), now);
        audit.record(
                actor,
                ProposalsAudit.RESIDENCY_CHECKED,
                "proposal",
                id,
                "Residency checked for " + p.caseNumber(),
                Map.of("residencyChecked", false),
                Map.of("residencyChecked", true));
        return Result.saved(id);
    }
}
