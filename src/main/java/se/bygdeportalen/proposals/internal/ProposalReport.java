package se.bygdeportalen.proposals.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A reader's report of a proposal or attachment, waiting for a moderator. */
public record ProposalReport(
        long id,
        long proposalId,
        @Nullable Long attachmentId,
        String reason,
        @Nullable String message,
        Instant createdAt) {}
