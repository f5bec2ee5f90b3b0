package se.bygdeportalen.proposals.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One step of a proposal's handling, as shown on its page (public entries) or to staff (all). */
public record TimelineEntry(
        long id,
        ProposalEventKind kind,
        Instant occurredAt,
        boolean isPublic,
        @Nullable String text,
        @Nullable String bodySlug,
        @Nullable Long decisionId,
        @Nullable String decisionTitle,
        @Nullable String decisionPath,
        @Nullable LocalDate decidedOn) {}
