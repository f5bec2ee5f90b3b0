package se.bygdeportalen.decisions;

import org.springframework.stereotype.Component;

import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.security.CurrentUser;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;

/**
 * Which bodies' records the signed-in registrar may change. Administrators may change all; a
 * registrar whom an administrator limited to some bodies (see {@code Organisation.registrarScope})
 * only those. Work without a signed-in person (demo data) is not limited.
 */
@Component
class BodyAccess {

    private final Organisation organisation;

    BodyAccess(Organisation organisation) {
        this.organisation = organisation;
    }

    boolean allows(long bodyId) {
        PortalUser user = CurrentUser.get().orElse(null);
        if (user == null) {
            return true;
        }
        if (!user.isStaff()) {
            return false;
        }
        if (user.hasRole(Role.ADMINISTRATOR)) {
            return true;
        }
        return organisation.registrarScope(user.id()).allows(bodyId);
    }

    void check(long bodyId) {
        if (!allows(bodyId)) {
            throw new OtherBodyException();
        }
    }
}
