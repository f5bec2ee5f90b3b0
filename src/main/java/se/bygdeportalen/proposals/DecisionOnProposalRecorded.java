package se.bygdeportalen.proposals;

/**
 * The decisions module recorded a decision that answers a citizen proposal. Declared here, in the
 * proposals module's published API, because decisions depends on proposals and never the reverse:
 * decisions publishes it in its own transaction, proposals handles it in another (through the
 * event publication registry, retried until it completes) and adds the decision to the proposal's
 * timeline. Handling is idempotent per {@code decision.decisionId()}.
 */
public record DecisionOnProposalRecorded(long proposalId, DecisionReference decision) {}
