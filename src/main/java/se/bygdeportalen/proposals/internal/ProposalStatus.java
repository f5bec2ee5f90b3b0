package se.bygdeportalen.proposals.internal;

import java.util.EnumSet;
import java.util.Set;

/** Where a proposal is in its handling (column {@code proposal.status}). */
public enum ProposalStatus {
    /** Being written by a signed-in resident; private. */
    DRAFT,
    /** Sent through the e-mail route; waits for the proposer to confirm the link. */
    AWAITING_CONFIRMATION,
    /** Registered with a case number; the registrar checks it. */
    SUBMITTED,
    /** The registrar asked the proposer to change it. */
    AMENDMENT_REQUESTED,
    /** Does not meet the rules; the reason is given to the proposer. */
    DECLINED,
    /** Accepted and public; residents may support it. */
    PUBLISHED,
    /** Referred to a body for decision. */
    REFERRED,
    /** The answer is published. */
    ANSWERED,
    /** Taken back by the proposer. */
    WITHDRAWN;

    public static final Set<ProposalStatus> PUBLIC = EnumSet.of(PUBLISHED, REFERRED, ANSWERED);

    public boolean isPublic() {
        return PUBLIC.contains(this);
    }

    /** The proposer may still change the text. */
    public boolean editableByProposer() {
        return this == DRAFT || this == AMENDMENT_REQUESTED;
    }
}
