package se.bygdeportalen.proposals;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.ratelimit.RateLimitKeys;
import se.bygdeportalen.platform.ratelimit.RateLimiter;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.usecase.Problem;

/** A signed-in resident follows a published proposal: an e-mail, in the page's language, on each status change. */
@Component
class FollowProposal {

    private final ProposalRepository repository;
    private final RateLimiter limiter;

    FollowProposal(ProposalRepository repository, RateLimiter limiter) {
        this.repository = repository;
        this.limiter = limiter;
    }

    @Transactional
    FormResult follow(long id, ProposalForms.FollowForm form, Errors errors, Lang lang, PortalUser resident) {
        Proposal p = repository.byId(id).filter(Proposal::publiclyVisible).orElseThrow(Problem::notFound);
        if (p.status() == ProposalStatus.ANSWERED) {
            throw new ProposalProblem(HttpStatus.CONFLICT, "proposals.problem.followClosed");
        }
        if (errors.hasErrors()) {
            return FormResult.refused(null);
        }
        limiter.enforce(ProposalRateLimits.FOLLOW_PERSON, RateLimitKeys.person(resident));
        repository.subscribe(p.id(), "FOLLOWER", form.email().strip(), lang, resident.id(), Tokens.hash(Tokens.random()));
        return FormResult.ok(p.id());
    }
}
