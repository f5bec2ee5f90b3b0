package se.bygdeportalen.proposals.internal;

import java.util.UUID;

/**
 * An attachment to a proposal; the content is in the platform's file storage.
 *
 * @param id    the row's key, for joins and reports; never in a URL, where it would be guessable
 * @param token the attachment's address in every URL, public and staff
 */
public record ProposalAttachment(
        long id,
        UUID token,
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
