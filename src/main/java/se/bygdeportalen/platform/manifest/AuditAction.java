package se.bygdeportalen.platform.manifest;

/**
 * An audit action a module records, e.g. {@code staff.account.created}. A module declares each as a
 * constant, lists the constants in its manifest and passes the constant to {@code AuditLog}; the log
 * refuses an action no manifest declares.
 */
public record AuditAction(String action, String descriptionKey) {

    public AuditAction {
        if (!action.matches("[a-z][a-zA-Z0-9-]*(\\.[a-zA-Z0-9-]+)+")) {
            throw new IllegalArgumentException("An audit action is dotted words: " + action);
        }
    }

    /** An action whose description key is {@code audit.action.<action>}. */
    public static AuditAction of(String action) {
        return new AuditAction(action, "audit.action." + action);
    }
}
