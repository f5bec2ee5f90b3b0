package se.bygdeportalen.proposals.internal;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;

/**
 * The proposer without e-ID confirms through the mailed link: the proposal is registered and the
 * receipt sent. The link works once and expires after {@code confirmation-validity}. The token is the
 * proof; the actor is the visitor.
 */
@Component
public class ConfirmProposal {

    public record Command(String token) {}

    private final ProposalRepository repository;
    private final ProposalLinks links;
    private final ProposalRegistration registration;
    private final AuditLog audit;

    ConfirmProposal(
            ProposalRepository repository, ProposalLinks links, ProposalRegistration registration, AuditLog audit) {
        this.repository = repository;
        this.links = links;
        this.registration = registration;
        this.audit = audit;
    }

    /** Saved with the proposal's id and the receipt token (for the link to the receipt). */
    @Transactional
    public Result confirm(Command command, Actor actor) {
        Proposal p = repository
                .lock(links.awaitingConfirmation(command.token()).id())
                .orElseThrow();
        if (p.status() != ProposalStatus.AWAITING_CONFIRMATION) {
            throw HandleProposalSupport.publicProblem(
                    new Problem(HttpStatus.NOT_FOUND, "proposals.problem.linkInvalid"));
        }
        String receipt = registration.register(p, null, null, null);
        audit.record(
                actor,
                ProposalsAudit.CONFIRMED,
                "proposal",
                p.id(),
                "Proposal confirmed by e-mail",
                null,
                Map.of("status", "SUBMITTED"));
        return Result.saved(p.id(), receipt);
    }
}
