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
 * The registrar accepts a proposal that meets the rules (a resident, one topic, a municipal matter,
 * not an individual case): it is published, and support opens (for the support period, if one is set).
 * Proposals from the e-mail and paper routes need the residency check first.
 */
@Component
public class AcceptProposal {

    public record Command(long proposalId) {}

    private final ProposalRepository repository;
    private final ProposalsProperties properties;
    private final ProposalMails mails;
    private final AuditLog audit;
    private final Clock clock;

    AcceptProposal(
            ProposalRepository repository,
            ProposalsProperties properties,
            ProposalMails mails,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result accept(Command command, Actor actor) {
        long id = command.proposalId();
        Proposal p = HandleProposalSupport.lock(repository, id, ProposalAccess.REVIEW, actor);
        HandleProposalSupport.require(p, ProposalStatus.SUBMITTED);
        if (p.channel() != ProposalChannel.E_ID && p.residencyCheckedAt() == null) {
            throw HandleProposalSupport.staffConflict("proposals.problem.residencyFirst");
        }
        Instant now = clock.instant();
        repository.published(id, now, properties.supportPeriodEnabled() ? now.plus(properties.supportPeriod()) : null);
        repository.addEvent(
                id, ProposalRepository.NewEvent.of(ProposalEventKind.PUBLISHED, null, actor.personId()), now);
        Proposal published = repository.byId(id).orElseThrow();
        mails.statusChanged(published, ProposalEventKind.PUBLISHED, null, null);
        audit.record(
                actor,
                ProposalsAudit.PUBLISHED,
                "proposal",
                id,
                "Accepted and published " + p.caseNumber(),
                Map.of("status", p.status().name()),
                Map.of("status", "PUBLISHED"));
        return Result.saved(id);
    }
}
