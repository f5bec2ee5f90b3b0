package se.bygdeportalen.proposals;

import java.util.List;
import java.util.Optional;

/**
 * The proposals module's published API for other modules (e.g. decisions). Only proposals the public
 * may see are returned: hidden, draft and unregistered ones never are.
 */
public interface Proposals {

    /** Proposals a decision may concern: referred and not yet answered, newest first. */
    List<ProposalReference> awaitingDecision();

    Optional<ProposalReference> byCaseNumber(String caseNumber);

    Optional<ProposalReference> byId(long id);

    /**
     * Called by decisions inside its transaction when a decision concerning the proposal is recorded;
     * adds a public timeline entry linking the decision; idempotent per decisionId.
     *
     * @throws java.util.NoSuchElementException when there is no such published proposal
     */
    void decisionRecorded(long proposalId, DecisionReference decision);
}
