package se.bygdeportalen.proposals.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Result;

/** Anyone with the link from a status mail stops the mails about that proposal; no sign-in needed, the link is the proof. */
@Component
public class UnsubscribeFromProposal {

    public record Command(String token) {}

    private final ProposalRepository repository;
    private final ProposalLinks links;

    UnsubscribeFromProposal(ProposalRepository repository, ProposalLinks links) {
        this.repository = repository;
        this.links = links;
    }

    /** Saved with the subscription's id. */
    @Transactional
    public Result unsubscribe(Command command, Actor actor) {
        ProposalRepository.Subscription s = links.subscription(command.token());
        repository.unsubscribe(s.id());
        return Result.saved(s.id());
    }
}
