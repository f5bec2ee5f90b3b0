package se.bygdeportalen.proposals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.web.FormValues;

/**
 * The council hands a published proposal to itself, the executive board or a committee for decision
 * (KL 8 kap 1 §; a working group may not decide it). The deadline defaults to one year from submission.
 */
@Component
class ReferProposal {

    private final ProposalRepository repository;
    private final Organisation organisation;
    private final ProposalMails mails;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    ReferProposal(ProposalRepository repository, Organisation organisation, ProposalMails mails, ApplicationEventPublisher events,
                  AuditLog audit, Clock clock) {
        this.repository = repository;
        this.organisation = organisation;
        this.mails = mails;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    FormResult refer(long id, ProposalForms.ReferForm form, Errors errors, PortalUser staff) {
        Proposal p = HandleProposalSupport.lock(repository, id);
        HandleProposalSupport.require(p, ProposalStatus.PUBLISHED, ProposalStatus.REFERRED);
        Body body = form.body() == null ? null : organisation.body(form.body().strip())
                .filter(b -> b.kind() != Body.Kind.WORKING_GROUP).orElse(null);
        if (body == null) {
            FormValues.reject(errors, "body", "NotNull");
        }
        LocalDate deadline = FormValues.date(form.deadline(), "deadline", false, errors);
        if (errors.hasErrors()) {
            return FormResult.refused(null);
        }
        if (deadline == null) {
            deadline = p.deadline();
        }
        Instant now = clock.instant();
        repository.referred(id, body.id(), body.slug(), deadline, now);
        repository.addEvent(id, new ProposalRepository.NewEvent(ProposalEventKind.REFERRED, true, null, body.slug(), null, null, null,
                deadline, staff.id()), now);
        Proposal referred = repository.byId(id).orElseThrow();
        mails.statusChanged(referred, ProposalEventKind.REFERRED, body.slug(), null);
        events.publishEvent(new ProposalReferred(referred.reference(), body.slug(), deadline));
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", p.status().name());
        before.put("body", p.referredBodySlug());
        audit.record("proposals.proposal.referred", "proposal", id, "Referred " + p.caseNumber() + " to " + body.slug(),
                before, Map.of("status", "REFERRED", "body", body.slug(), "deadline", deadline.toString()));
        return FormResult.ok(id);
    }
}
