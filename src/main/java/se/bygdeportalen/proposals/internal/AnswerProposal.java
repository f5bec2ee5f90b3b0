package se.bygdeportalen.proposals.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;
import se.bygdeportalen.proposals.ProposalAnswered;

/**
 * The registrar publishes the answer: the outcome, the decision date, the deciding body and the text,
 * either taken from a decision the decisions module linked to the proposal or typed in.
 */
@Component
public class AnswerProposal {

    /**
     * @param decisionId a decision linked to the proposal whose date and text to take, or null
     * @param bodySlug   null for the body it was referred to
     * @param text       null to take the linked decision's text
     */
    public record Command(
            long proposalId,
            @Nullable Long decisionId,
            @Nullable ProposalOutcome outcome,
            @Nullable LocalDate decidedOn,
            @Nullable String bodySlug,
            @Nullable String text) {}

    private final ProposalRepository repository;
    private final Organisation organisation;
    private final ProposalMails mails;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    AnswerProposal(
            ProposalRepository repository,
            Organisation organisation,
            ProposalMails mails,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.organisation = organisation;
        this.mails = mails;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result answer(Command command, Actor actor) {
        long id = command.proposalId();
        Proposal p = HandleProposalSupport.lock(repository, id, ProposalAccess.REGISTRY, actor);
        HandleProposalSupport.require(p, ProposalStatus.REFERRED);
        Violations violations = new Violations();
        TimelineEntry decision = null;
        if (command.decisionId() != null) {
            decision = repository.linkedDecisions(id).stream()
                    .filter(d -> command.decisionId().equals(d.decisionId()))
                    .findFirst()
                    .orElse(null);
            if (decision == null) {
                violations.reject("decisionId", "invalid");
            }
        }
        ProposalOutcome outcome = command.outcome();
        if (outcome == null) {
            violations.reject("outcome", "NotNull");
        }
        LocalDate decidedOn = command.decidedOn();
        if (decidedOn == null && decision != null) {
            decidedOn = decision.decidedOn();
        }
        if (decidedOn == null) {
            violations.reject("decidedOn", "NotNull");
        }
        if (decidedOn != null && decidedOn.isAfter(LocalDate.now(clock.withZone(DateFormats.ZONE)))) {
            violations.reject("decidedOn", "future");
        }
        String bodySlug = command.bodySlug() == null || command.bodySlug().isBlank()
                ? p.referredBodySlug()
                : command.bodySlug().strip();
        Body body = bodySlug == null ? null : organisation.body(bodySlug).orElse(null);
        if (body == null) {
            violations.reject("body", "NotNull");
        }
        String text = ProposalContent.blankToNull(ProposalContent.text(command.text()));
        if (text == null && decision == null) {
            violations.reject("text", "NotBlank");
        }
        // Each of these is a violation above when null.
        if (violations.any() || outcome == null || decidedOn == null || body == null) {
            return violations.invalid();
        }
        if (text == null && decision != null) { // without a decision, a missing text is a violation above
            text = decision.text() != null ? decision.text() : decision.decisionTitle();
        }
        Instant now = clock.instant();
        repository.answered(
                id,
                decidedOn,
                body.slug(),
                outcome.name(),
                text,
                decision == null ? null : decision.decisionId(),
                decision == null ? null : decision.decisionPath(),
                now);
        repository.addEvent(
                id,
                new ProposalRepository.NewEvent(
                        ProposalEventKind.ANSWERED,
                        true,
                        outcome.name(),
                        body.slug(),
                        null,
                        null,
                        null,
                        decidedOn,
                        actor.personId()),
                now);
        Proposal answered = repository.byId(id).orElseThrow();
        mails.statusChanged(answered, ProposalEventKind.ANSWERED, body.slug(), text);
        events.publishEvent(new ProposalAnswered(id, p.submittedCaseNumber()));
        audit.record(
                actor,
                ProposalsAudit.ANSWERED,
                "proposal",
                id,
                "Published the answer to " + p.caseNumber(),
                Map.of("status", p.status().name()),
                Map.of(
                        "status",
                        "ANSWERED",
                        "outcome",
                        outcome.name(),
                        "decidedOn",
                        decidedOn.toString(),
                        "body",
                        body.slug()));
        return Result.saved(id);
    }
}
