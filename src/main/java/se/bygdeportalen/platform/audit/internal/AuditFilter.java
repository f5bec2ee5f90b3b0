package se.bygdeportalen.platform.audit.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What an administrator narrows the audit log to; null means "any". */
public record AuditFilter(
        @Nullable String action,
        @Nullable String actor,
        @Nullable String entityType,
        @Nullable String entityId,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {}
