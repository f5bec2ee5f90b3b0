package se.bygdeportalen.proposals;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.security.PortalUser;

/**
 * The registrar asks the proposer to change the proposal (e.g. two topics in one, an individual case):
 * the proposer gets the message by mail and can edit and send it again (with e-ID on the site, or
 * through a link in the mail).
 */
@Component
class RequestProposalAmendment {

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
    FormResult request(long id, ProposalForms.ReasonForm form, Errors errors, PortalUser staff) {
        Proposal p = HandleProposalSupport.lock(repository, id);
        HandleProposalSupport.require(p, ProposalStatus.SUBMITTED);
        if (errors.hasErrors()) {
            return FormResult.refused(null);
        }
        String message = ProposalContent.text(form.reason());
        String editToken = p.residentId() == null && p.channel() == ProposalChannel.EMAIL ? Tokens.random() : null;
        Instant now = clock.instant();
        repository.amendmentRequested(id, message, editToken == null ? null : Tokens.hash(editToken), now);
        repository.addEvent(id, ProposalRepository.NewEvent.of(ProposalEventKind.AMENDMENT_REQUESTED, message, staff.id()), now);
        mails.amendmentRequested(p, message, editToken);
        audit.record("proposals.amendment.requested", "proposal", id, "Asked the proposer to amend " + p.caseNumber(),
                Map.of("status", p.status().name()), Map.of("status", "AMENDMENT_REQUESTED", "message", message));
        return FormResult.ok(id);
    }
}
