package se.bygdeportalen.proposals.internal;

import java.util.UUID;

/** An attachment to a proposal; the content is in the platform's file storage. */
public record ProposalAttachment(
        long id,
        long proposalId,
        UUID fileId,
        String originalName,
        String contentType,
        long sizeBytes,
        boolean hidden) {

    public boolean image() {
        return contentType.startsWith("image/");
    }
}
