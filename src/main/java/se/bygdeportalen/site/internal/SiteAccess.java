package se.bygdeportalen.site.internal;

import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.AccessRule;

/**
 * The accessibility statement and its known problems are kept by communicators and administrators;
 * nobody else (no actor, a visitor, a resident, other staff) may change them. The system may.
 */
final class SiteAccess {

    static final AccessRule<Object> STATEMENT_KEEPERS =
            (actor, record) -> actor.isStaffWith(Role.COMMUNICATOR, Role.ADMINISTRATOR);

    private SiteAccess() {}
}
