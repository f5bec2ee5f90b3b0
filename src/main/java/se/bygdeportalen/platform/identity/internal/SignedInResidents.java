package se.bygdeportalen.platform.identity.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.PortalUsers;

/**
 * A resident's session holds only as long as their record does: an erased or removed resident is
 * signed out on their next request, and the name comes from the record. One primary-key read per
 * request of a signed-in resident. Staff sessions are ended whenever an account changes ({@link
 * PersonSessions}), so they are passed through unread.
 */
@Component
class SignedInResidents implements PortalUsers {

    private final ResidentRepository residents;

    SignedInResidents(ResidentRepository residents) {
        this.residents = residents;
    }

    @Override
    public Optional<PortalUser> current(PortalUser fromSession) {
        if (!fromSession.isResident()) {
            return Optional.of(fromSession);
        }
        return residents
                .byId(fromSession.id())
                .filter(r -> !r.erased())
                .map(r -> PortalUser.resident(r.id(), r.displayName()));
    }
}
