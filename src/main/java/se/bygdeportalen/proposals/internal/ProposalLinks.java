package se.bygdeportalen.proposals.internal;

import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.usecase.Problem;

/**
 * What the links in the mails open, for people without e-ID: a proposal waiting for confirmation, one
 * the registrar asked them to change, a receipt, a subscription to stop. An unknown, used or
 * malformed link is "not found" with an explanation; an expired one is "gone".
 */
@Component
public class ProposalLinks {

    private final ProposalRepository repository;
    private final Clock clock;

    ProposalLinks(ProposalRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The proposal waiting for this confirmation link. */
    @Transactional(readOnly = true)
    public Proposal awaitingConfirmation(String token) {
        Proposal p = repository
                .byTokenHash("confirmation_token_hash", hash(token))
                .filter(x -> x.status() == ProposalStatus.AWAITING_CONFIRMATION)
                .orElseThrow(ProposalLinks::invalid);
        if (repository
                .confirmationExpiry(p.id())
                .map(e -> !clock.instant().isBefore(e))
                .orElse(true)) {
            throw HandleProposalSupport.publicProblem(Problem.gone("proposals.problem.linkExpired"));
        }
        return p;
    }

    /** The proposal the registrar asked its proposer to change, by the link in that mail. */
    @Transactional(readOnly = true)
    public Proposal amendable(String token) {
        return repository
                .byTokenHash("edit_token_hash", hash(token))
                .filter(p -> p.status() == ProposalStatus.AMENDMENT_REQUESTED)
                .orElseThrow(ProposalLinks::invalid);
    }

    /** The proposal whose receipt this link opens; plain "not found" otherwise. */
    @Transactional(readOnly = true)
    public Proposal receipt(String token) {
        if (!Tokens.wellFormed(token)) {
            throw Problem.notFound();
        }
        return repository.byTokenHash("receipt_token_hash", Tokens.hash(token)).orElseThrow(Problem::notFound);
    }

    /** The subscription this unsubscribe link stops, active or not. */
    @Transactional(readOnly = true)
    public ProposalRepository.Subscription subscription(String token) {
        return repository.subscriptionByToken(hash(token)).orElseThrow(ProposalLinks::invalid);
    }

    /** The token's hash; tokens of another shape are not looked up at all. */
    private static String hash(String token) {
        if (!Tokens.wellFormed(token)) {
            throw invalid();
        }
        return Tokens.hash(token);
    }

    private static Problem invalid() {
        return HandleProposalSupport.publicProblem(new Problem(HttpStatus.NOT_FOUND, "proposals.problem.linkInvalid"));
    }
}
