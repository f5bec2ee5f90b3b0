package se.bygdeportalen.proposals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
 * The registrar publishes the answer: the outcome, the decision date, the deciding body and the text,
 * either taken from a decision the decisions module linked to the proposal or typed in.
 */
@Component
class AnswerProposal {

    static final List<String> OUTCOMES = List.of("APPROVED", "REJECTED", "ANSWERED");

    private final ProposalRepository repository;
    private final Organisation organisation;
    private final ProposalMails mails;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    AnswerProposal(ProposalRepository repository, Organisation organisation, ProposalMails mails, ApplicationEventPublisher events,
                   AuditLog audit, Clock clock) {
        this.repository = repository;
        this.organisation = organisation;
        this.mails = mails;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    FormResult answer(long id, ProposalForms.AnswerForm form, Errors errors, PortalUser staff) {
        Proposal p = HandleProposalSupport.lock(repository, id);
        HandleProposalSupport.require(p, ProposalStatus.REFERRED);
        TimelineEntry decision = null;
        if (form.decisionId() != null && !form.decisionId().isBlank()) {
            decision = repository.linkedDecisions(id).stream()
                    .filter(d -> String.valueOf(d.decisionId()).equals(form.decisionId().strip())).findFirst().orElse(null);
            if (decision == null) {
                FormValues.reject(errors, "decisionId", "invalid");
            }
        }
        String outcome = form.outcome() == null ? null : form.outcome().strip();
        if (outcome == null || !OUTCOMES.contains(outcome)) {
            FormValues.reject(errors, "outcome", "NotNull");
        }
        LocalDate decidedOn = FormValues.date(form.decidedOn(), "decidedOn", decision == null || decision.decidedOn() == null, errors);
        if (decidedOn == null && decision != null) {
            decidedOn = decision.decidedOn();
        }
        if (decidedOn != null && decidedOn.isAfter(LocalDate.now(clock.withZone(se.bygdeportalen.platform.i18n.DateFormats.ZONE)))) {
            FormValues.reject(errors, "decidedOn", "future");
        }
        String bodySlug = form.body() == null || form.body().isBlank() ? p.referredBodySlug() : form.body().strip();
        Body body = bodySlug == null ? null : organisation.body(bodySlug).orElse(null);
        if (body == null) {
            FormValues.reject(errors, "body", "NotNull");
        }
        String text = ProposalContent.blankToNull(ProposalContent.text(form.text()));
        if (text == null && decision == null) {
            FormValues.reject(errors, "text", "NotBlank");
        }
        if (errors.hasErrors()) {
            return FormResult.refused(null);
        }
        if (text == null) {
            text = decision.text() != null ? decision.text() : decision.decisionTitle();
        }
        Instant now = clock.instant();
        repository.answered(id, decidedOn, body.slug(), outcome, text, decision == null ? null : decision.decisionId(),
                decision == null ? null : decision.decisionPath(), now);
        repository.addEvent(id, new ProposalRepository.NewEvent(ProposalEventKind.ANSWERED, true, outcome, body.slug(), null, null,
                null, decidedOn, staff.id()), now);
        Proposal answered = repository.byId(id).orElseThrow();
        mails.statusChanged(answered, ProposalEventKind.ANSWERED, body.slug(), text);
        events.publishEvent(new ProposalAnswered(id, p.caseNumber()));
        audit.record("proposals.proposal.answered", "proposal", id, "Published the answer to " + p.caseNumber(),
                Map.of("status", p.status().name()), Map.of("status", "ANSWERED", "outcome", outcome, "decidedOn", decidedOn.toString(),
                        "body", body.slug()));
        return FormResult.ok(id);
    }
}
