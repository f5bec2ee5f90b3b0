package se.bygdeportalen.proposals.internal;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.ratelimit.RateLimiter;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;

/**
 * A signed-in resident supports a published proposal, once. The public count is kept on the proposal
 * in the same transaction; who supported is never shown. Reaching the threshold marks the proposal and
 * tells the registry, once.
 */
@Component
public class SupportProposal {

    /** @param addressKey the rate-limit key of the client's address */
    public record Command(long proposalId, String addressKey) {}

    private final ProposalRepository repository;
    private final ProposalsProperties properties;
    private final RateLimiter limiter;
    private final ProposalMails mails;
    private final Clock clock;

    public SupportProposal(
            ProposalRepository repository,
            ProposalsProperties properties,
            RateLimiter limiter,
            ProposalMails mails,
            Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.limiter = limiter;
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional
    public Result support(Command command, Actor actor) {
        Actor.Resident resident = ProposalAccess.resident(actor);
        long id = command.proposalId();
        Proposal p = repository.lock(id).filter(Proposal::publiclyVisible).orElseThrow(Problem::notFound);
        Instant now = clock.instant();
        if (!p.supportOpen(now)) {
            throw HandleProposalSupport.publicProblem(Problem.conflict("proposals.problem.supportClosed"));
        }
        limiter.enforce(ProposalRateLimits.SUPPORT_PERSON, ProposalAccess.personKey(resident));
        limiter.enforce(ProposalRateLimits.SUPPORT_ADDRESS, command.addressKey());
        if (!repository.addSupport(id, resident.id(), now)) {
            throw HandleProposalSupport.publicProblem(Problem.conflict("proposals.problem.alreadySupported"));
        }
        int count = repository.incrementSupport(id);
        if (properties.thresholdEnabled()
                && count >= properties.supportThreshold()
                && repository.markThresholdReached(id, now)) {
            repository.addEvent(
                    id,
                    ProposalRepository.NewEvent.of(
                            ProposalEventKind.SUPPORT_THRESHOLD_REACHED,
                            Integer.toString(properties.supportThreshold()),
                            null),
                    now);
            mails.staff("threshold", p, Integer.toString(count));
        }
        return Result.saved(id);
    }
}
