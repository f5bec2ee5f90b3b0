package se.bygdeportalen.platform.security;

/**
 * A principal some sign-in method produced that stands for a portal user. Lets the filter chain swap
 * it for a {@link PortalAuthentication} without knowing the identity module that built it.
 */
public interface PortalPrincipal {

    PortalUser portalUser();
}
