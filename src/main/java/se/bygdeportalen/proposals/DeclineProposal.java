package se.bygdeportalen.proposals;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.security.PortalUser;

/** The registrar declines a proposal that does not meet the rules, with a reason the proposer is told. */
@Component
class DeclineProposal {

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
    FormResult decline(long id, ProposalForms.ReasonForm form, Errors errors, PortalUser staff) {
        Proposal p = HandleProposalSupport.lock(repository, id);
        HandleProposalSupport.require(p, ProposalStatus.SUBMITTED, ProposalStatus.AMENDMENT_REQUESTED);
        if (errors.hasErrors()) {
            return FormResult.refused(null);
        }
        String reason = ProposalContent.text(form.reason());
        Instant now = clock.instant();
        repository.declined(id, reason, now);
        repository.addEvent(id, ProposalRepository.NewEvent.of(ProposalEventKind.DECLINED, reason, staff.id()), now);
        mails.toProposer(p, ProposalEventKind.DECLINED, reason);
        audit.record("proposals.proposal.declined", "proposal", id, "Declined " + p.caseNumber(),
                Map.of("status", p.status().name()), Map.of("status", "DECLINED", "reason", reason));
        return FormResult.ok(id);
    }
}
