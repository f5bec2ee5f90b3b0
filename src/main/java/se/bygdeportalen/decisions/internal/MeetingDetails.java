package se.bygdeportalen.decisions.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import se.bygdeportalen.platform.usecase.Violations;

/** A meeting's date, times, place and online link, as planning and correcting a meeting both take them. */
public record MeetingDetails(
        @Nullable LocalDate date,
        @Nullable LocalTime startsAt,
        @Nullable LocalTime endsAt,
        @Nullable String place,
        @Nullable String onlineLink) {

    /** The details with every required one given, as {@link #check} hands them back. */
    public record Complete(
            LocalDate date,
            LocalTime startsAt,
            LocalTime endsAt,
            String place,
            @Nullable String onlineLink) {}

    public static final int MAX_PLACE = 200;
    public static final int MAX_LINK = 500;

    /** The checks between fields that need no data, also run at the form so they show with its other errors. */
    public static void crossCheck(
            @Nullable LocalTime start, @Nullable LocalTime end, @Nullable String link, Violations violations) {
        if (start != null && end != null && !end.isAfter(start)) {
            violations.reject("endsAt", "decisions.meeting.endsAt.beforeStart");
        }
        if (link != null && !link.isBlank()) {
            String l = link.strip();
            if (!l.startsWith("https://") || l.length() > MAX_LINK || l.contains(" ")) {
                violations.reject("onlineLink", "decisions.meeting.onlineLink.https");
            }
        }
    }

    /**
     * Every check a use case makes before it looks at other meetings. The details when every required
     * one is given (the others may still have broken a rule), or null when one is missing (rejected).
     */
    @Nullable
    Complete check(Violations violations) {
        if (date == null) {
            violations.reject("date", "NotBlank");
        }
        if (startsAt == null) {
            violations.reject("startsAt", "NotBlank");
        }
        if (endsAt == null) {
            violations.reject("endsAt", "NotBlank");
        }
        if (place() == null) {
            violations.reject("place", "NotBlank");
        } else if (place().length() > MAX_PLACE) {
            violations.reject("place", "decisions.tooLong", MAX_PLACE);
        }
        crossCheck(startsAt, endsAt, onlineLink, violations);
        String p = place();
        return date == null || startsAt == null || endsAt == null || p == null
                ? null
                : new Complete(date, startsAt, endsAt, p, onlineLink());
    }

    /** The place without surrounding blanks, or null. */
    @Override
    public @Nullable String place() {
        return place == null || place.isBlank() ? null : place.strip();
    }

    /** The link without surrounding blanks, or null. */
    @Override
    public @Nullable String onlineLink() {
        return onlineLink == null || onlineLink.isBlank() ? null : onlineLink.strip();
    }
}
