package se.bygdeportalen.proposals.internal;

import se.bygdeportalen.platform.usecase.AccessRule;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;

/** Shared checks of the staff use cases. */
public final class HandleProposalSupport {

    public static final String QUEUE = "/admin/medborgarforslag";

    private HandleProposalSupport() {}

    /**
     * Locks the proposal for the rest of the transaction, once the actor is allowed to act on it. A draft
     * is refused as "not found" whatever the rule says: it is the resident's alone until sent, so no
     * staff step (the handling, moderation, an attachment) reaches it, as its staff page does not.
     */
    public static Proposal lock(ProposalRepository repository, long id, AccessRule<Proposal> rule, Actor actor) {
        Proposal p = repository.lock(id).orElseThrow(Problem::notFound);
        rule.check(actor, p);
        if (p.status() == ProposalStatus.DRAFT) {
            throw Problem.notFound();
        }
        return p;
    }

    /** Refuses an action the proposal's status does not allow, with 409 and a message. */
    public static void require(Proposal p, ProposalStatus... allowed) {
        for (ProposalStatus s : allowed) {
            if (p.status() == s) {
                return;
            }
        }
        throw staffConflict("proposals.problem.wrongStatus");
    }

    /** A conflict in the staff area, with the way back to the queue. */
    public static Problem staffConflict(String messageKey) {
        return Problem.conflict(messageKey).withBack(QUEUE, "proposals.admin.back");
    }

    /** A problem on the public side, with the way back to the proposals. */
    public static Problem publicProblem(Problem problem) {
        return problem.withBack("/medborgarforslag", "proposals.back");
    }

    /** The resident's own proposal, locked; anyone else's is "not found". */
    public static Proposal own(ProposalRepository repository, long id, Actor actor) {
        Proposal p = repository.lock(id).orElseThrow(Problem::notFound);
        ProposalAccess.PROPOSER.check(actor, p);
        return p;
    }
}
