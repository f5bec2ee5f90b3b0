package se.bygdeportalen.platform.manifest;

/** An audit action a module records, e.g. {@code staff.account.created}. */
public record AuditEventType(String action, String descriptionKey) {
}
