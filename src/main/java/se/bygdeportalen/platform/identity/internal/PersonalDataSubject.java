package se.bygdeportalen.platform.identity.internal;

import se.bygdeportalen.platform.manifest.PersonalDataCategory.Subject;

/** The person whose data is asked for: a resident or a staff member, by id. */
public record PersonalDataSubject(Subject subject, long id) {

    public static PersonalDataSubject resident(long id) {
        return new PersonalDataSubject(Subject.RESIDENT, id);
    }
}
