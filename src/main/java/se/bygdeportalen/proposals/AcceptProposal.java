package se.bygdeportalen.proposals;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.security.PortalUser;

/**
 * The registrar accepts a proposal that meets the rules (a resident, one topic, a municipal matter,
 * not an individual case): it is published, and support opens (for the support period, if one is set).
 * Proposals from the e-mail and paper routes need the residency check first.
 */
@Component
class AcceptProposal {

    private final ProposalRepository repository;
    private final ProposalsProperties properties;
    private final ProposalMails mails;
    private final AuditLog audit;
    private final Clock clock;

    AcceptProposal(ProposalRepository repository, ProposalsProperties properties, ProposalMails mails, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void accept(long id, PortalUser staff) {
        Proposal p = HandleProposalSupport.lock(repository, id);
        HandleProposalSupport.require(p, ProposalStatus.SUBMITTED);
        if (p.channel() != ProposalChannel.E_ID && p.residencyCheckedAt() == null) {
            throw new ProposalProblem(HttpStatus.CONFLICT, "proposals.problem.residencyFirst");
        }
        Instant now = clock.instant();
        repository.published(id, now, properties.supportPeriodEnabled() ? now.plus(properties.supportPeriod()) : null);
        repository.addEvent(id, ProposalRepository.NewEvent.of(ProposalEventKind.PUBLISHED, null, staff.id()), now);
        Proposal published = repository.byId(id).orElseThrow();
        mails.statusChanged(published, ProposalEventKind.PUBLISHED, null, null);
        audit.record("proposals.proposal.published", "proposal", id, "Accepted and published " + p.caseNumber(),
                Map.of("status", p.status().name()), Map.of("status", "PUBLISHED"));
    }
}
