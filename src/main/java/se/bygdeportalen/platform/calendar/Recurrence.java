package se.bygdeportalen.platform.calendar;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How an event repeats (an RRULE): every {@code interval} days, weeks, months or years from its
 * start, in local Stockholm time (a weekly 18:00 stays at 18:00 across the change to summer time),
 * either {@code count} times or until and including the date {@code until}. Dates in {@code except}
 * are left out (an EXDATE: no training on a public holiday).
 */
public record Recurrence(
        Frequency frequency,
        int interval,
        @Nullable Integer count,
        @Nullable LocalDate until,
        List<LocalDate> except) {

    /** How often an event repeats; the RRULE's FREQ. */
    public enum Frequency {
        DAILY,
        WEEKLY,
        MONTHLY,
        YEARLY
    }

    public Recurrence {
        if (frequency == null) {
            throw new IllegalArgumentException("A recurrence needs a frequency");
        }
        if (interval < 1) {
            throw new IllegalArgumentException("A recurrence's interval is at least 1, not " + interval);
        }
        if ((count == null) == (until == null)) {
            // An endless series is refused: calendars would carry it forever, long after the activity ended.
            throw new IllegalArgumentException(
                    "A recurrence ends either after a count or on a date, not both or neither");
        }
        if (count != null && count < 1) {
            throw new IllegalArgumentException("A recurrence's count is at least 1, not " + count);
        }
        except = except == null ? List.of() : List.copyOf(except);
    }

    /** Every week on the start's weekday, {@code count} times. */
    public static Recurrence weekly(int count) {
        return new Recurrence(Frequency.WEEKLY, 1, count, null, List.of());
    }

    /** Every week on the start's weekday, until and including {@code lastDay}. */
    public static Recurrence weeklyUntil(LocalDate lastDay) {
        return new Recurrence(Frequency.WEEKLY, 1, null, lastDay, List.of());
    }

    /** The same recurrence without the given dates. */
    public Recurrence except(LocalDate... dates) {
        return new Recurrence(frequency, interval, count, until, List.of(dates));
    }
}
