package se.bygdeportalen.platform.audit.internal;

import java.time.Instant;

/** One row of the audit log as shown to administrators. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actorKind,
        Long actorId,
        String actorName,
        String action,
        String entityType,
        String entityId,
        String summary,
        String before,
        String after,
        String requestId) {}
