package se.bygdeportalen.decisions.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import se.bygdeportalen.platform.usecase.Violations;

/** A meeting's date, times, place and online link, as planning and correcting a meeting both take them. */
public record MeetingDetails(LocalDate date, LocalTime startsAt, LocalTime endsAt, String place, String onlineLink) {

    public static final int MAX_PLACE = 200;
    public static final int MAX_LINK = 500;

    /** The checks between fields that need no data, also run at the form so they show with its other errors. */
    public static void crossCheck(LocalTime start, LocalTime end, String link, Violations violations) {
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

    /** Every check a use case makes before it looks at other meetings. */
    void check(Violations violations) {
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
    }

    /** The place without surrounding blanks, or null. */
    @Override
    public String place() {
        return place == null || place.isBlank() ? null : place.strip();
    }

    /** The link without surrounding blanks, or null. */
    @Override
    public String onlineLink() {
        return onlineLink == null || onlineLink.isBlank() ? null : onlineLink.strip();
    }
}
