package se.bygdeportalen.platform.security;

import java.util.Optional;

/**
 * The signed-in person as the records hold them now. The filter chain asks on every request that
 * carries a sign-in, so a session never outlives the person it stands for: an erased resident is
 * signed out at once, and their name comes from the records, not from what the session remembered
 * (ADR 0005). The identity module supplies the bean; without one, sessions are trusted as they are.
 */
public interface PortalUsers {

    /** The person as they are now, or empty when they may no longer be signed in. */
    Optional<PortalUser> current(PortalUser fromSession);
}
