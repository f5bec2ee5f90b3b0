package se.bygdeportalen.organisation.internal;

import java.util.List;
import se.bygdeportalen.platform.manifest.AuditAction;

/** The changes the organisation module records in the audit log; the manifest declares them all. */
public final class OrganisationAudit {

    static final AuditAction BODY_CREATED = AuditAction.of("organisation.body.created");
    static final AuditAction BODY_UPDATED = AuditAction.of("organisation.body.updated");
    static final AuditAction BODY_DEACTIVATED = AuditAction.of("organisation.body.deactivated");
    static final AuditAction BODY_ACTIVATED = AuditAction.of("organisation.body.activated");
    static final AuditAction VILLAGE_CREATED = AuditAction.of("organisation.village.created");
    static final AuditAction VILLAGE_UPDATED = AuditAction.of("organisation.village.updated");
    static final AuditAction TERM_CREATED = AuditAction.of("organisation.term.created");
    static final AuditAction TERM_UPDATED = AuditAction.of("organisation.term.updated");
    static final AuditAction PERSON_CREATED = AuditAction.of("organisation.person.created");
    static final AuditAction PERSON_UPDATED = AuditAction.of("organisation.person.updated");
    static final AuditAction MEMBERSHIP_CREATED = AuditAction.of("organisation.membership.created");
    static final AuditAction MEMBERSHIP_UPDATED = AuditAction.of("organisation.membership.updated");
    static final AuditAction MEMBERSHIP_REMOVED = AuditAction.of("organisation.membership.removed");
    static final AuditAction REGISTRAR_SCOPE_CHANGED = AuditAction.of("organisation.registrar-scope.changed");

    static final List<AuditAction> ALL = List.of(
            BODY_CREATED,
            BODY_UPDATED,
            BODY_DEACTIVATED,
            BODY_ACTIVATED,
            VILLAGE_CREATED,
            VILLAGE_UPDATED,
            TERM_CREATED,
            TERM_UPDATED,
            PERSON_CREATED,
            PERSON_UPDATED,
            MEMBERSHIP_CREATED,
            MEMBERSHIP_UPDATED,
            MEMBERSHIP_REMOVED,
            REGISTRAR_SCOPE_CHANGED);

    private OrganisationAudit() {}
}
