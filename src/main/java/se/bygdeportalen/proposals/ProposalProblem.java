package se.bygdeportalen.proposals;

import org.springframework.http.HttpStatus;

/**
 * A request the rules refuse (support twice, support a closed proposal, edit a sent proposal, an
 * expired link): answered with its 4xx status and a page explaining it in the visitor's language.
 *
 * @param messageKey key of the explanation in {@code proposals_*.properties}
 */
class ProposalProblem extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;

    ProposalProblem(HttpStatus status, String messageKey) {
        super(messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
    }

    HttpStatus status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }
}
