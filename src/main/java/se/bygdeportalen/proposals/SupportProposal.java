package se.bygdeportalen.proposals;

import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.bygdeportalen.platform.ratelimit.RateLimitKeys;
import se.bygdeportalen.platform.ratelimit.RateLimiter;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.usecase.Problem;

/**
 * A signed-in resident supports a published proposal, once. The public count is kept on the proposal
 * in the same transaction; who supported is never shown. Reaching the threshold marks the proposal and
 * tells the registry, once.
 */
@Component
class SupportProposal {

    private final ProposalRepository repository;
    private final ProposalsProperties properties;
    private final RateLimiter limiter;
    private final ProposalMails mails;
    private final Clock clock;

    SupportProposal(ProposalRepository repository, ProposalsProperties properties, RateLimiter limiter, ProposalMails mails, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.limiter = limiter;
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional
    void support(long id, PortalUser resident, HttpServletRequest request) {
        Proposal p = repository.lock(id).filter(Proposal::publiclyVisible).orElseThrow(Problem::notFound);
        Instant now = clock.instant();
        if (!p.supportOpen(now)) {
            throw new ProposalProblem(HttpStatus.CONFLICT, "proposals.problem.supportClosed");
        }
        limiter.enforce(ProposalRateLimits.SUPPORT_PERSON, RateLimitKeys.person(resident));
        limiter.enforce(ProposalRateLimits.SUPPORT_ADDRESS, RateLimitKeys.address(request));
        if (!repository.addSupport(id, resident.id(), now)) {
            throw new ProposalProblem(HttpStatus.CONFLICT, "proposals.problem.alreadySupported");
        }
        int count = repository.incrementSupport(id);
        if (properties.thresholdEnabled() && count >= properties.supportThreshold() && repository.markThresholdReached(id, now)) {
            repository.addEvent(id, ProposalRepository.NewEvent.of(ProposalEventKind.SUPPORT_THRESHOLD_REACHED,
                    Integer.toString(properties.supportThreshold()), null), now);
            mails.staff("threshold", p, Integer.toString(count));
        }
    }
}
