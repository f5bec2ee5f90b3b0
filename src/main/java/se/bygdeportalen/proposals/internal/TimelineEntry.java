package se.bygdeportalen.proposals.internal;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a proposal's handling, as shown on its page (public entries) or to staff (all). */
public record TimelineEntry(
        long id,
        ProposalEventKind kind,
        Instant occurredAt,
        boolean isPublic,
        String text,
        String bodySlug,
        Long decisionId,
        String decisionTitle,
        String decisionPath,
        LocalDate decidedOn) {}
