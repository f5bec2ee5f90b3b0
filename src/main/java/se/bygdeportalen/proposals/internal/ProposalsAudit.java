package se.bygdeportalen.proposals.internal;

import java.util.List;
import se.bygdeportalen.platform.manifest.AuditAction;

/** The proposals module's audit actions; the manifest declares them and the use cases record them. */
public final class ProposalsAudit {

    public static final AuditAction DRAFT_SAVED = AuditAction.of("proposals.draft.saved");
    public static final AuditAction DRAFT_DELETED = AuditAction.of("proposals.draft.deleted");
    public static final AuditAction SUBMITTED = AuditAction.of("proposals.proposal.submitted");
    public static final AuditAction RECEIVED_BY_EMAIL = AuditAction.of("proposals.proposal.received-by-email");
    public static final AuditAction CONFIRMED = AuditAction.of("proposals.proposal.confirmed");
    public static final AuditAction REGISTERED_ON_PAPER = AuditAction.of("proposals.proposal.registered-on-paper");
    public static final AuditAction RESUBMITTED = AuditAction.of("proposals.proposal.resubmitted");
    public static final AuditAction WITHDRAWN = AuditAction.of("proposals.proposal.withdrawn");
    public static final AuditAction RESIDENCY_CHECKED = AuditAction.of("proposals.residency.checked");
    public static final AuditAction AMENDMENT_REQUESTED = AuditAction.of("proposals.amendment.requested");
    public static final AuditAction PUBLISHED = AuditAction.of("proposals.proposal.published");
    public static final AuditAction DECLINED = AuditAction.of("proposals.proposal.declined");
    public static final AuditAction REFERRED = AuditAction.of("proposals.proposal.referred");
    public static final AuditAction ANSWERED = AuditAction.of("proposals.proposal.answered");
    public static final AuditAction HIDDEN = AuditAction.of("proposals.moderation.hidden");
    public static final AuditAction REDACTED = AuditAction.of("proposals.moderation.redacted");
    public static final AuditAction RESTORED = AuditAction.of("proposals.moderation.restored");
    public static final AuditAction DISMISSED = AuditAction.of("proposals.moderation.dismissed");

    public static final List<AuditAction> ALL = List.of(
            DRAFT_SAVED,
            DRAFT_DELETED,
            SUBMITTED,
            RECEIVED_BY_EMAIL,
            CONFIRMED,
            REGISTERED_ON_PAPER,
            RESUBMITTED,
            WITHDRAWN,
            RESIDENCY_CHECKED,
            AMENDMENT_REQUESTED,
            PUBLISHED,
            DECLINED,
            REFERRED,
            ANSWERED,
            HIDDEN,
            REDACTED,
            RESTORED,
            DISMISSED);

    private ProposalsAudit() {}
}
