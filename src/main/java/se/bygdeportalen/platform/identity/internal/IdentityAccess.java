package se.bygdeportalen.platform.identity.internal;

import se.bygdeportalen.platform.identity.Resident;
import se.bygdeportalen.platform.manifest.PersonalDataCategory.Subject;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.AccessRule;
import se.bygdeportalen.platform.usecase.Actor;

/**
 * Who may act on the platform's own records. Both rules fail closed: a visitor, a resident or a staff
 * member without the administrator role gets nothing they do not name explicitly.
 */
final class IdentityAccess {

    /** Staff accounts are created and changed by administrators only. */
    static final AccessRule<StaffAccount> MANAGE_STAFF = (actor, account) -> actor.isStaffWith(Role.ADMINISTRATOR);

    /** A new staff account, before it has a record: the same rule. */
    static final AccessRule<CreateStaffAccount.Command> CREATE_STAFF =
            (actor, command) -> actor.isStaffWith(Role.ADMINISTRATOR);

    /** A person's own staff account: only that staff member. */
    static final AccessRule<StaffAccount> OWN_ACCOUNT =
            (actor, account) -> actor instanceof Actor.Staff s && s.id() == account.id();

    /**
     * Everything kept about a person: administrators (answering a GDPR request), the resident about
     * themself, a staff member about themself. Never another resident or a visitor.
     */
    static final AccessRule<PersonalDataSubject> PERSONAL_DATA =
            (actor, subject) -> actor.isStaffWith(Role.ADMINISTRATOR)
                    || subject.subject() == Subject.RESIDENT && actor.isResident(subject.id())
                    || subject.subject() == Subject.STAFF && actor instanceof Actor.Staff s && s.id() == subject.id();

    /** Erasure in every module: administrators only, never the resident alone (the request is checked and logged). */
    static final AccessRule<Resident> ERASE = (actor, resident) -> actor.isStaffWith(Role.ADMINISTRATOR);

    private IdentityAccess() {}
}
