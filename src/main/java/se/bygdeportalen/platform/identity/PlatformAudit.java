package se.bygdeportalen.platform.identity;

import java.util.List;
import se.bygdeportalen.platform.manifest.AuditAction;

/**
 * The platform's own audit actions (staff accounts, personal-data requests, the mail outbox), declared
 * once here, listed in the platform manifest's {@code auditEvents()} and passed to the audit log as constants.
 */
public final class PlatformAudit {

    public static final AuditAction STAFF_ACCOUNT_CREATED = AuditAction.of("staff.account.created");
    public static final AuditAction STAFF_ACCOUNT_UPDATED = AuditAction.of("staff.account.updated");
    public static final AuditAction STAFF_PASSWORD_RESET = AuditAction.of("staff.account.password-reset");
    public static final AuditAction STAFF_ACCOUNT_UNLOCKED = AuditAction.of("staff.account.unlocked");
    public static final AuditAction STAFF_PASSWORD_CHANGED = AuditAction.of("staff.account.password-changed");
    public static final AuditAction STAFF_LANGUAGE_CHANGED = AuditAction.of("staff.account.language-changed");
    public static final AuditAction MAIL_RETRIED = AuditAction.of("mail.outbox.retried");
    public static final AuditAction PERSONAL_DATA_EXPORTED = AuditAction.of("identity.personal-data.exported");
    public static final AuditAction PERSONAL_DATA_ERASED = AuditAction.of("identity.personal-data.erased");

    /** In the order the audit page lists them. */
    public static final List<AuditAction> ALL = List.of(
            STAFF_ACCOUNT_CREATED,
            STAFF_ACCOUNT_UPDATED,
            STAFF_PASSWORD_RESET,
            STAFF_ACCOUNT_UNLOCKED,
            STAFF_PASSWORD_CHANGED,
            STAFF_LANGUAGE_CHANGED,
            MAIL_RETRIED,
            PERSONAL_DATA_EXPORTED,
            PERSONAL_DATA_ERASED);

    private PlatformAudit() {}
}
