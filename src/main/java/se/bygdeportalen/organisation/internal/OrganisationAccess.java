package se.bygdeportalen.organisation.internal;

import org.springframework.stereotype.Component;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.AccessRule;

/**
 * Who may change the organisation's records. Bodies, villages and registrars' scopes are the
 * administrators'; terms and elected people the administrators' and registrars'; a body's seats are
 * kept by whoever {@link Organisation#mayKeepRecordsOf may keep that body's records}. Every rule
 * fails closed: no actor, a visitor or a resident is refused; the system is let through.
 */
@Component
public class OrganisationAccess {

    /** Bodies, villages and registrar scopes. */
    public static final AccessRule<Object> ADMINISTRATORS = (actor, record) -> actor.isStaffWith(Role.ADMINISTRATOR);
    /** Terms of office and elected people. */
    public static final AccessRule<Object> KEEPERS =
            (actor, record) -> actor.isStaffWith(Role.ADMINISTRATOR, Role.REGISTRAR);

    private final AccessRule<Long> bodyRecords;

    OrganisationAccess(Organisation organisation) {
        this.bodyRecords = organisation::mayKeepRecordsOf;
    }

    /** A body's seats (memberships), by the body's id: the registrar-scope rule. */
    public AccessRule<Long> bodyRecords() {
        return bodyRecords;
    }
}
