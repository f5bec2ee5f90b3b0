package se.bygdeportalen.proposals.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.ratelimit.RateLimiter;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;

/** A signed-in resident follows a published proposal: an e-mail, in the page's language, on each status change. */
@Component
public class FollowProposal {

    /** @param language the language of the page, and so of the mails */
    public record Command(long proposalId, String email, Lang language) {}

    private final ProposalRepository repository;
    private final RateLimiter limiter;

    FollowProposal(ProposalRepository repository, RateLimiter limiter) {
        this.repository = repository;
        this.limiter = limiter;
    }

    @Transactional
    public Result follow(Command command, Actor actor) {
        Actor.Resident resident = ProposalAccess.resident(actor);
        Proposal p = repository
                .byId(command.proposalId())
                .filter(Proposal::publiclyVisible)
                .orElseThrow(Problem::notFound);
        if (p.status() == ProposalStatus.ANSWERED) {
            throw HandleProposalSupport.publicProblem(Problem.conflict("proposals.problem.followClosed"));
        }
        limiter.enforce(ProposalRateLimits.FOLLOW_PERSON, ProposalAccess.personKey(resident));
        repository.subscribe(
                p.id(),
                "FOLLOWER",
                command.email().strip(),
                command.language(),
                resident.id(),
                Tokens.hash(Tokens.random()));
        return Result.saved(p.id());
    }
}
