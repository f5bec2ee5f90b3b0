package se.bygdeportalen.organisation;

/**
 * A person sitting in a body on a given day, as other modules need it (attendance lists, minutes,
 * gender balance). Only public facts: name, party, role and sex.
 */
public record Member(long personId, String name, String party, Role role, Sex sex) {

    /** The role in the body, in the order minutes list them. */
    public enum Role {
        CHAIR,
        VICE_CHAIR,
        MEMBER,
        SUBSTITUTE
    }

    /** Legal sex as used in gender-balance statistics; UNSPECIFIED when not stated. */
    public enum Sex {
        FEMALE,
        MALE,
        UNSPECIFIED
    }

    /** Ordinary members (chair and vice chair included), as opposed to substitutes. */
    public boolean isSeated() {
        return role != Role.SUBSTITUTE;
    }
}
