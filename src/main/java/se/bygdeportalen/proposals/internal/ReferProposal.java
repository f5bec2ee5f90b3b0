package se.bygdeportalen.proposals.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.proposals.ProposalReferred;

/**
 * The council hands a published proposal to itself, the executive board or a committee for decision
 * (KL 8 kap 1 §; a working group may not decide it). The deadline defaults to one year from submission.
 * Publishes {@link ProposalReferred}, from which the decisions module keeps its list of proposals awaiting decision.
 */
@Component
public class ReferProposal {

    /** @param deadline null for the default, one year from submission */
    public record Command(
            long proposalId,
            @Nullable String bodySlug,
            @Nullable LocalDate deadline) {}

    private final ProposalRepository repository;
    private final Organisation organisation;
    private final ProposalMails mails;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    ReferProposal(
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
    public Result refer(Command command, Actor actor) {
        long id = command.proposalId();
        Proposal p = HandleProposalSupport.lock(repository, id, ProposalAccess.REGISTRY, actor);
        HandleProposalSupport.require(p, ProposalStatus.PUBLISHED, ProposalStatus.REFERRED);
        Body body = command.bodySlug() == null
                ? null
                : organisation
                        .body(command.bodySlug().strip())
                        .filter(b -> b.kind() != Body.Kind.WORKING_GROUP)
                        .orElse(null);
        if (body == null) {
            return Result.invalid("body", "NotNull");
        }
        LocalDate deadline = command.deadline() != null
                ? command.deadline()
                : Objects.requireNonNull(p.deadline(), "registration gives every proposal a deadline");
        Instant now = clock.instant();
        repository.referred(id, body.id(), body.slug(), deadline, now);
        repository.addEvent(
                id,
                new ProposalRepository.NewEvent(
                        ProposalEventKind.REFERRED,
                        true,
                        null,
                        body.slug(),
                        null,
                        null,
                        null,
                        deadline,
                        actor.personId()),
                now);
        Proposal referred = repository.byId(id).orElseThrow();
        mails.statusChanged(referred, ProposalEventKind.REFERRED, body.slug(), null);
        events.publishEvent(new ProposalReferred(referred.reference(), body.slug(), deadline));
        Map<String, @Nullable Object> before = new LinkedHashMap<>();
        before.put("status", p.status().name());
        before.put("body", p.referredBodySlug());
        audit.record(
                actor,
                ProposalsAudit.REFERRED,
                "proposal",
                id,
                "Referred " + p.caseNumber() + " to " + body.slug(),
                before,
                Map.of("status", "REFERRED", "body", body.slug(), "deadline", deadline.toString()));
        return Result.saved(id);
    }
}
