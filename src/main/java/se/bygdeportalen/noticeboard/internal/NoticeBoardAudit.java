package se.bygdeportalen.noticeboard.internal;

import java.util.List;
import se.bygdeportalen.platform.manifest.AuditAction;

/**
 * What staff change on the notice board. Notices other modules post through the published API are
 * audited by the calling module's use case, under its own action.
 */
final class NoticeBoardAudit {

    static final AuditAction NOTICE_POSTED = AuditAction.of("noticeboard.notice.posted");
    static final AuditAction NOTICE_WITHDRAWN = AuditAction.of("noticeboard.notice.withdrawn");

    static final List<AuditAction> ALL = List.of(NOTICE_POSTED, NOTICE_WITHDRAWN);

    private NoticeBoardAudit() {}
}
