package se.bygdeportalen.proposals;

import java.time.Clock;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.bygdeportalen.platform.audit.AuditLog;

/**
 * The proposer without e-ID confirms through the mailed link: the proposal is registered and the
 * receipt sent. The link works once and expires after {@code confirmation-validity}.
 */
@Component
class ConfirmProposal {

    private final ProposalRepository repository;
    private final ProposalRegistration registration;
    private final AuditLog audit;
    private final Clock clock;

    ConfirmProposal(ProposalRepository repository, ProposalRegistration registration, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.registration = registration;
        this.audit = audit;
        this.clock = clock;
    }

    /** The proposal waiting for this token; the problem explains a used, unknown or expired link. */
    @Transactional(readOnly = true)
    Proposal pending(String token) {
        if (!Tokens.wellFormed(token)) {
            throw new ProposalProblem(HttpStatus.NOT_FOUND, "proposals.problem.linkInvalid");
        }
        Proposal p = repository.byTokenHash("confirmation_token_hash", Tokens.hash(token))
                .filter(x -> x.status() == ProposalStatus.AWAITING_CONFIRMATION)
                .orElseThrow(() -> new ProposalProblem(HttpStatus.NOT_FOUND, "proposals.problem.linkInvalid"));
        if (repository.confirmationExpiry(p.id()).map(e -> !clock.instant().isBefore(e)).orElse(true)) {
            throw new ProposalProblem(HttpStatus.GONE, "proposals.problem.linkExpired");
        }
        return p;
    }

    /** @return the receipt token */
    @Transactional
    String confirm(String token) {
        Proposal p = pending(token);
        p = repository.lock(p.id()).orElseThrow();
        if (p.status() != ProposalStatus.AWAITING_CONFIRMATION) {
            throw new ProposalProblem(HttpStatus.NOT_FOUND, "proposals.problem.linkInvalid");
        }
        String receipt = registration.register(p, null, null, null);
        audit.record("proposals.proposal.confirmed", "proposal", p.id(), "Proposal confirmed by e-mail", null, Map.of("status", "SUBMITTED"));
        return receipt;
    }
}
