package se.bygdeportalen.proposals.internal;

import java.time.Clock;
import java.util.NoSuchElementException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.bygdeportalen.proposals.DecisionOnProposalRecorded;
import se.bygdeportalen.proposals.DecisionReference;

/**
 * When the decisions module records a decision that answers a proposal, the proposal's public
 * timeline links it. Runs after the decision's transaction committed, in its own transaction, through
 * the event publication registry: a failure leaves the publication incomplete, to be resubmitted
 * (and on restart). Idempotent per decision id, so a repeat adds nothing. No audit record: the
 * decision itself is audited where it was made, and the link is not an act of a person.
 */
@Component
public class LinkDecisionToProposal {

    private final ProposalRepository repository;
    private final Clock clock;

    LinkDecisionToProposal(ProposalRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** @throws NoSuchElementException when there is no such published proposal (the publication stays incomplete) */
    @ApplicationModuleListener
    public void on(DecisionOnProposalRecorded event) {
        Proposal proposal = repository
                .lock(event.proposalId())
                .filter(p -> p.status().isPublic())
                .orElseThrow(() -> new NoSuchElementException("No published proposal " + event.proposalId()));
        DecisionReference decision = event.decision();
        String summary = decision.text() == null || decision.text().isBlank()
                ? null
                : decision.text().strip();
        repository.addEvent(
                proposal.id(),
                new ProposalRepository.NewEvent(
                        ProposalEventKind.DECISION_LINKED,
                        true,
                        summary,
                        null,
                        decision.decisionId(),
                        decision.title(),
                        decision.path(),
                        decision.decidedOn(),
                        null),
                clock.instant());
    }
}
