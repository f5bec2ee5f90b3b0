package se.bygdeportalen.platform.audit.internal;

import java.time.LocalDate;

/** What an administrator narrows the audit log to; null means "any". */
public record AuditFilter(
        String action, String actor, String entityType, String entityId, LocalDate from, LocalDate to) {}
