package se.bygdeportalen.proposals.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.identity.ResidentDemographics;
import se.bygdeportalen.platform.ratelimit.RateLimiter;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;

/**
 * A signed-in resident sends their draft (or sends it again after the registrar asked for changes).
 * The first time it is registered with a case number; sex and age band at that day are stored for
 * participation statistics (never the personal identity number). Sending twice is harmless.
 */
@Component
public class SubmitProposal {

    /** @param addressKey the rate-limit key of the client's address */
    public record Command(long proposalId, String addressKey) {}

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SubmitProposal.class);

    private final ProposalRepository repository;
    private final ProposalRegistration registration;
    private final ResidentDemographics demographics;
    private final RateLimiter limiter;
    private final ProposalMails mails;
    private final AuditLog audit;
    private final Clock clock;

    SubmitProposal(
            ProposalRepository repository,
            ProposalRegistration registration,
            ResidentDemographics demographics,
            RateLimiter limiter,
            ProposalMails mails,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.registration = registration;
        this.demographics = demographics;
        this.limiter = limiter;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** Saved also when it had already been sent (sending twice is harmless). */
    @Transactional
    public Result submit(Command command, Actor actor) {
        Actor.Resident resident = ProposalAccess.resident(actor);
        Proposal p = HandleProposalSupport.own(repository, command.proposalId(), actor);
        if (p.status() != ProposalStatus.DRAFT && p.status() != ProposalStatus.AMENDMENT_REQUESTED) {
            if (p.caseNumber() != null) {
                return Result.saved(p.id());
            }
            throw HandleProposalSupport.publicProblem(Problem.conflict("proposals.problem.notEditable"));
        }
        if (p.proposerEmail() == null) {
            throw HandleProposalSupport.publicProblem(
                    new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "proposals.problem.emailNeeded"));
        }
        Instant now = clock.instant();
        if (p.status() == ProposalStatus.AMENDMENT_REQUESTED) {
            repository.resubmitted(p.id(), now);
            repository.addEvent(p.id(), ProposalRepository.NewEvent.of(ProposalEventKind.RESUBMITTED, null, null), now);
            mails.staff("resubmitted", p, null);
            audit.record(
                    actor,
                    ProposalsAudit.RESUBMITTED,
                    "proposal",
                    p.id(),
                    "Proposer sent an amended proposal " + p.caseNumber(),
                    null,
                    Map.of("status", "SUBMITTED"));
            return Result.saved(p.id());
        }
        limiter.enforce(ProposalRateLimits.SUBMIT_PERSON, ProposalAccess.personKey(resident));
        limiter.enforce(ProposalRateLimits.SUBMIT_ADDRESS, command.addressKey());
        ResidentDemographics.Demographics demo;
        try {
            demo = demographics
                    .of(resident.id(), LocalDate.ofInstant(now, DateFormats.ZONE))
                    .orElse(null);
        } catch (RuntimeException e) {
            // Statistics must never stop a submission (e.g. a demo resident without a readable number).
            log.warn(
                    "Sex and age band could not be derived for a submission: {}",
                    e.getClass().getSimpleName());
            demo = null;
        }
        registration.register(p, demo == null ? null : demo.sex().name(), demo == null ? null : demo.ageBand(), null);
        audit.record(
                actor,
                ProposalsAudit.SUBMITTED,
                "proposal",
                p.id(),
                "Resident sent a proposal",
                null,
                Map.of("channel", "E_ID"));
        return Result.saved(p.id());
    }
}
