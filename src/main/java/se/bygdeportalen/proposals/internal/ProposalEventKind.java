package se.bygdeportalen.proposals.internal;

/** Kinds of timeline entry (column {@code proposal_event.kind}); the message key is {@code proposals.event.<kind>}. */
public enum ProposalEventKind {
    DRAFT_CREATED(false),
    AWAITING_CONFIRMATION(false),
    SUBMITTED(true),
    RESIDENCY_CHECKED(false),
    AMENDMENT_REQUESTED(false),
    RESUBMITTED(false),
    DECLINED(false),
    PUBLISHED(true),
    SUPPORT_THRESHOLD_REACHED(true),
    REFERRED(true),
    DECISION_LINKED(true),
    ANSWERED(true),
    HIDDEN(false),
    REDACTED(false),
    RESTORED(false),
    REPORT_DISMISSED(false),
    REMINDER_SENT(false),
    WITHDRAWN(false);

    /** Whether entries of this kind are shown on the public page by default. */
    public final boolean publicByDefault;

    ProposalEventKind(boolean publicByDefault) {
        this.publicByDefault = publicByDefault;
    }

    public String messageKey() {
        return "proposals.event." + name();
    }
}
