package se.bygdeportalen.noticeboard.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * Swedish public holidays (lag 1989:253 om allmänna helgdagar) and the days that lag (1930:173) om
 * beräkning av lagstadgad tid treats like them: when a time limit ends on a Saturday, Sunday, public
 * holiday, Midsummer Eve, Christmas Eve or New Year's Eve, it ends on the next working day.
 */
final class SwedishHolidays {

    private SwedishHolidays() {}

    /** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /** The public holidays of a year (allmänna helgdagar), Sundays not listed separately. */
    static Set<LocalDate> publicHolidays(int year) {
        LocalDate easter = easterSunday(year);
        Set<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, 1, 1)); // nyårsdagen
        days.add(LocalDate.of(year, 1, 6)); // trettondedag jul
        days.add(easter.minusDays(2)); // långfredagen
        days.add(easter); // påskdagen
        days.add(easter.plusDays(1)); // annandag påsk
        days.add(LocalDate.of(year, 5, 1)); // första maj
        days.add(easter.plusDays(39)); // Kristi himmelsfärdsdag
        days.add(easter.plusDays(49)); // pingstdagen
        days.add(LocalDate.of(year, 6, 6)); // Sveriges nationaldag
        days.add(midsummerDay(year)); // midsommardagen
        days.add(allSaintsDay(year)); // alla helgons dag
        days.add(LocalDate.of(year, 12, 25)); // juldagen
        days.add(LocalDate.of(year, 12, 26)); // annandag jul
        return days;
    }

    /** Midsummer Day: the Saturday from 20 to 26 June. */
    static LocalDate midsummerDay(int year) {
        return LocalDate.of(year, Month.JUNE, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    /** All Saints' Day: the Saturday from 31 October to 6 November. */
    static LocalDate allSaintsDay(int year) {
        return LocalDate.of(year, Month.OCTOBER, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    static boolean isPublicHoliday(LocalDate day) {
        return publicHolidays(day.getYear()).contains(day);
    }

    /** True when a time limit may not end on this day under lag (1930:173). */
    static boolean isNonWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY || isPublicHoliday(day)) {
            return true;
        }
        MonthDay md = MonthDay.from(day);
        return day.equals(midsummerDay(day.getYear()).minusDays(1)) // midsommarafton
                || md.equals(MonthDay.of(12, 24)) // julafton
                || md.equals(MonthDay.of(12, 31)); // nyårsafton
    }

    /** The day itself, or the next working day when a time limit would end on a non-working day. */
    static LocalDate deadline(LocalDate day) {
        LocalDate d = day;
        while (isNonWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
