package se.bygdeportalen.proposals;

import java.time.LocalDate;

/** A published proposal was referred to a body for decision, to be decided by {@code deadline}. */
public record ProposalReferred(long proposalId, String caseNumber, String bodySlug, LocalDate deadline) {
}
