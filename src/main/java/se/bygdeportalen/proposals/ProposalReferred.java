package se.bygdeportalen.proposals;

import java.time.LocalDate;

/**
 * A published proposal was referred to a body for decision, to be decided by {@code deadline}. Carries
 * what a module that keeps its own list of proposals awaiting decision needs (decisions does), so it
 * never has to ask; never personal data.
 *
 * @param proposal the proposal as other modules see it (status {@code REFERRED})
 */
public record ProposalReferred(ProposalReference proposal, String bodySlug, LocalDate deadline) {

    public long proposalId() {
        return proposal.id();
    }

    public String caseNumber() {
        return proposal.caseNumber();
    }
}
