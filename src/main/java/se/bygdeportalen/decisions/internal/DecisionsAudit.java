package se.bygdeportalen.decisions.internal;

import java.util.List;
import se.bygdeportalen.platform.manifest.AuditAction;

/** The audit actions the decisions module records, declared once and listed in its manifest. */
public final class DecisionsAudit {

    public static final AuditAction MEETING_PLANNED = AuditAction.of("decisions.meeting.planned");
    public static final AuditAction MEETING_CANCELLED = AuditAction.of("decisions.meeting.cancelled");
    public static final AuditAction NOTICE_PUBLISHED = AuditAction.of("decisions.notice.published");
    public static final AuditAction AGENDA_ITEM_ADDED = AuditAction.of("decisions.agenda-item.added");
    public static final AuditAction DOCUMENT_ADDED = AuditAction.of("decisions.document.added");
    public static final AuditAction DECISION_RECORDED = AuditAction.of("decisions.decision.recorded");
    public static final AuditAction MINUTES_APPROVED = AuditAction.of("decisions.minutes.approved");
    public static final AuditAction MINUTES_UPLOADED = AuditAction.of("decisions.minutes.uploaded");
    public static final AuditAction RULE_OVERRIDDEN = AuditAction.of("decisions.rule.overridden");
    public static final AuditAction MEETING_EDITED = AuditAction.of("decisions.meeting.edited");
    public static final AuditAction AGENDA_ITEM_EDITED = AuditAction.of("decisions.agenda-item.edited");
    public static final AuditAction AGENDA_ITEM_REMOVED = AuditAction.of("decisions.agenda-item.removed");
    public static final AuditAction DECISION_EDITED = AuditAction.of("decisions.decision.edited");

    static final List<AuditAction> ALL = List.of(
            MEETING_PLANNED,
            MEETING_CANCELLED,
            NOTICE_PUBLISHED,
            AGENDA_ITEM_ADDED,
            DOCUMENT_ADDED,
            DECISION_RECORDED,
            MINUTES_APPROVED,
            MINUTES_UPLOADED,
            RULE_OVERRIDDEN,
            MEETING_EDITED,
            AGENDA_ITEM_EDITED,
            AGENDA_ITEM_REMOVED,
            DECISION_EDITED);

    private DecisionsAudit() {}
}
