package se.bygdeportalen.organisation.internal;

import java.time.LocalDate;

/** A term of office (mandatperiod), e.g. 2023-01-01 to 2026-12-31, written "2023–2026". */
public record Term(long id, LocalDate startsOn, LocalDate endsOn) {

    public String label() {
        return startsOn.getYear() + "–" + endsOn.getYear();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
