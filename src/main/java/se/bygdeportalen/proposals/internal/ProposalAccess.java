package se.bygdeportalen.proposals.internal;

import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.AccessRule;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;

/**
 * Who may act on a proposal. A proposer's own draft or sent proposal is theirs alone (anyone else is
 * told it does not exist); the handling queue is for staff with the roles the step needs. Every rule
 * fails closed, and the system (demo data, scheduled tasks) passes.
 */
public final class ProposalAccess {

    /** The resident who wrote it. */
    public static final AccessRule<Proposal> PROPOSER =
            (actor, p) -> p.residentId() != null && actor.isResident(p.residentId());

    /** Checking, asking for changes, accepting and declining. */
    public static final AccessRule<Proposal> REVIEW = staffWith(Role.REGISTRAR, Role.MODERATOR, Role.ADMINISTRATOR);

    /** Residency checks, referral and the answer: the registry's own steps. */
    public static final AccessRule<Proposal> REGISTRY = staffWith(Role.REGISTRAR, Role.ADMINISTRATOR);

    /** Hiding, redacting and restoring. */
    public static final AccessRule<Proposal> MODERATE = staffWith(Role.MODERATOR, Role.REGISTRAR, Role.ADMINISTRATOR);

    /** Registering a proposal that came in on paper. */
    public static final AccessRule<Object> PAPER =
            (actor, nothing) -> actor.isStaffWith(Role.SERVICE_OFFICE, Role.REGISTRAR);

    private ProposalAccess() {}

    private static AccessRule<Proposal> staffWith(Role... roles) {
        return (actor, p) -> actor.isStaffWith(roles);
    }

    /** The signed-in resident acting; anyone else (a staff account too) is asked to sign in as a resident (401). */
    public static Actor.Resident resident(Actor actor) {
        if (actor instanceof Actor.Resident r) {
            return r;
        }
        throw Problem.signInNeeded("proposals.problem.signInNeeded");
    }

    /** The rate-limit key of a resident, the same key the platform gives a signed-in person. */
    public static String personKey(Actor.Resident resident) {
        return se.bygdeportalen.platform.ratelimit.RateLimitKeys.person(PortalUser.resident(resident.id(), ""));
    }
}
