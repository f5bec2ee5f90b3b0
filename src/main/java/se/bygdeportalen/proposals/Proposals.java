package se.bygdeportalen.proposals;

import java.util.Optional;

/**
 * The proposals module's published API for other modules (e.g. decisions). Only proposals the public
 * may see are returned: hidden, draft and unregistered ones never are. Which proposals await a
 * decision is told by the events {@link ProposalReferred} and {@link ProposalAnswered}; a decision that
 * answers a proposal comes back as {@link DecisionOnProposalRecorded}.
 */
public interface Proposals {

    Optional<ProposalReference> byCaseNumber(String caseNumber);

    Optional<ProposalReference> byId(long id);
}
