package se.bygdeportalen.proposals;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Anyone with the link from a status mail stops the mails about that proposal; no sign-in needed. */
@Component
class UnsubscribeFromProposal {

    private final ProposalRepository repository;

    UnsubscribeFromProposal(ProposalRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    ProposalRepository.Subscription find(String token) {
        if (!Tokens.wellFormed(token)) {
            throw new ProposalProblem(HttpStatus.NOT_FOUND, "proposals.problem.linkInvalid");
        }
        return repository.subscriptionByToken(Tokens.hash(token))
                .orElseThrow(() -> new ProposalProblem(HttpStatus.NOT_FOUND, "proposals.problem.linkInvalid"));
    }

    @Transactional
    ProposalRepository.Subscription unsubscribe(String token) {
        ProposalRepository.Subscription s = find(token);
        repository.unsubscribe(s.id());
        return s;
    }
}
