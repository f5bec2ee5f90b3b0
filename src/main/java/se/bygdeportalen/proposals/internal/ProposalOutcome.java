package se.bygdeportalen.proposals.internal;

/** What the answer to a proposal says (column {@code proposal.answer_outcome}); message key {@code proposals.outcome.<name>}. */
public enum ProposalOutcome {
    APPROVED,
    REJECTED,
    ANSWERED
}
