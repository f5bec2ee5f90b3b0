package se.bygdeportalen.organisation.internal;

import java.time.LocalDate;
import se.bygdeportalen.organisation.Member;

/** A person's seat in a body for a period within a term. */
public record Membership(
        long id, long personId, long bodyId, long termId, Member.Role role, LocalDate from, LocalDate to) {

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
