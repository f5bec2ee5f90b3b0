package se.bygdeportalen.noticeboard.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.bygdeportalen.noticeboard.Kind;

/** How long each kind of notice stays on the board, and when the time to appeal ends. */
public final class NoticeRules {

    /** Kommunallagen 13 kap 5 §: an appeal must reach the court within three weeks from the posting. */
    static final int APPEAL_WEEKS = 3;

    private NoticeRules() {}

    /** Dates of a notice: the day it comes down and, for approved minutes, the last day to appeal. */
    record Period(LocalDate takeDownOn, @Nullable LocalDate lastDayToAppeal) {}

    static Period period(Kind kind, LocalDate postedOn, @Nullable LocalDate eventDate) {
        if (postedOn == null) {
            throw new IllegalArgumentException("A notice needs the day it is posted");
        }
        return switch (kind) {
            case MEETING_NOTICE -> {
                if (eventDate == null || eventDate.isBefore(postedOn)) {
                    throw new IllegalArgumentException(
                            "A meeting notice needs a meeting date on or after the day it is posted");
                }
                yield new Period(eventDate.plusDays(1), null);
            }
            case MINUTES_APPROVED -> {
                LocalDate lastDay = lastDayToAppeal(postedOn);
                yield new Period(lastDay.plusDays(1), lastDay);
            }
            case OTHER -> {
                if (eventDate == null || eventDate.isBefore(postedOn)) {
                    throw new IllegalArgumentException(
                            "Another notice needs a last day on or after the day it is posted");
                }
                yield new Period(eventDate.plusDays(1), null);
            }
        };
    }

    /**
     * Three weeks from the posting (the same weekday three weeks later), moved to the next working
     * day when that is a Saturday, Sunday, public holiday, Midsummer Eve, Christmas Eve or New Year's Eve.
     */
    public static LocalDate lastDayToAppeal(LocalDate postedOn) {
        return SwedishHolidays.deadline(postedOn.plusWeeks(APPEAL_WEEKS));
    }
}
