package se.bygdeportalen.proposals.internal;

import java.time.Instant;

/** A reader's report of a proposal or attachment, waiting for a moderator. */
public record ProposalReport(
        long id, long proposalId, Long attachmentId, String reason, String message, Instant createdAt) {}
