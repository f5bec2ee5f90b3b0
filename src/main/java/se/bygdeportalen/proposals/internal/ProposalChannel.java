package se.bygdeportalen.proposals.internal;

/** How a proposal came in (column {@code proposal.channel}). */
public enum ProposalChannel {
    /** Written by a resident signed in with e-ID. */
    E_ID,
    /** Written without e-ID and confirmed through a link sent by e-mail; residency is checked by the registrar. */
    EMAIL,
    /** Came in on paper or in person and was registered by the service office. */
    PAPER
}
