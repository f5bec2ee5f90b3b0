package se.bygdeportalen.site.internal;

import java.util.List;
import se.bygdeportalen.platform.manifest.AuditAction;

/** The changes the site module records in the audit log; the manifest declares them all. */
final class SiteAudit {

    static final AuditAction STATEMENT_UPDATED = AuditAction.of("site.accessibility.updated");
    static final AuditAction ISSUE_ADDED = AuditAction.of("site.accessibility.issue-added");
    static final AuditAction ISSUE_REMOVED = AuditAction.of("site.accessibility.issue-removed");

    static final List<AuditAction> ALL = List.of(STATEMENT_UPDATED, ISSUE_ADDED, ISSUE_REMOVED);

    private SiteAudit() {}
}
