package se.bygdeportalen.proposals;

import org.springframework.http.HttpStatus;

import se.bygdeportalen.platform.usecase.Problem;

/** Shared checks of the staff use cases. */
final class HandleProposalSupport {

    private HandleProposalSupport() {
    }

    static Proposal lock(ProposalRepository repository, long id) {
        return repository.lock(id).orElseThrow(Problem::notFound);
    }

    /** Refuses an action the proposal's status does not allow, with 409 and a message. */
    static void require(Proposal p, ProposalStatus... allowed) {
        for (ProposalStatus s : allowed) {
            if (p.status() == s) {
                return;
            }
        }
        throw new ProposalProblem(HttpStatus.CONFLICT, "proposals.problem.wrongStatus");
    }
}
