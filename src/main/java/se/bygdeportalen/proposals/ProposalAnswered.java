package se.bygdeportalen.proposals;

/** A proposal's answer was published (the proposal is now ANSWERED). */
public record ProposalAnswered(long proposalId, String caseNumber) {}
