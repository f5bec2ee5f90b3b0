package se.bygdeportalen.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Dates, times and numbers as each language writes them. Meänkieli has no CLDR data, so its month
 * and weekday names come from the platform's own tables and must never turn into Finnish.
 */
class DateFormatsTest {

    private static final LocalDate THURSDAY_26_NOVEMBER = LocalDate.of(2026, 11, 26);
    private static final LocalDate FRIDAY_1_MAY = LocalDate.of(2026, 5, 1);
    private static final LocalDate SUNDAY_29_NOVEMBER = LocalDate.of(2026, 11, 29);

    /** Any horizontal space: CLDR uses U+00A0 or U+202F between digit groups and before the percent sign. */
    private static final String SPACE = "\\h";

    private static DateFormats in(Lang lang) {
        return new DateFormats(lang);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sv  | 26 november 2026     | 1 maj 2026
            fi  | 26. marraskuuta 2026 | 1. toukokuuta 2026
            fit | 26. nuvemperiä 2026  | 1. maita 2026
            en  | 26 November 2026     | 1 May 2026
            """)
    void longDates(String code, String november, String may) {
        DateFormats format = in(Lang.fromCode(code).orElseThrow());
        assertThat(format.date(THURSDAY_26_NOVEMBER)).isEqualTo(november);
        assertThat(format.date(FRIDAY_1_MAY)).isEqualTo(may);
    }

    @Test
    void meankieliUsesItsOwnMonthNamesForEveryMonthNotFinnishOnes() {
        DateFormats fit = in(Lang.FIT);
        DateFormats fi = in(Lang.FI);
        for (Month month : Month.values()) {
            LocalDate day = LocalDate.of(2026, month, 3);
            assertThat(fit.date(day))
                    .as(month.toString())
                    .isEqualTo("3. " + DateFormats.FIT_MONTHS_IN_DATE.get(month.ordinal()) + " 2026")
                    .isNotEqualTo(fi.date(day));
            assertThat(fit.monthName(month)).isEqualTo(DateFormats.FIT_MONTHS.get(month.ordinal()));
        }
        assertThat(fit.monthName(Month.NOVEMBER)).isEqualTo("nuvemperi");
        assertThat(fit.monthName(Month.JANUARY)).isEqualTo("janyaari");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sv  | torsdag 26 november 2026       | söndag 29 november 2026
            fi  | torstai 26. marraskuuta 2026   | sunnuntai 29. marraskuuta 2026
            fit | tuorestai 26. nuvemperiä 2026  | pyhä 29. nuvemperiä 2026
            en  | Thursday 26 November 2026      | Sunday 29 November 2026
            """)
    void datesWithWeekday(String code, String thursday, String sunday) {
        DateFormats format = in(Lang.fromCode(code).orElseThrow());
        assertThat(format.dateWithWeekday(THURSDAY_26_NOVEMBER)).isEqualTo(thursday);
        assertThat(format.dateWithWeekday(SUNDAY_29_NOVEMBER)).isEqualTo(sunday);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sv  | torsdag   | söndag    | fredag
            fi  | torstai   | sunnuntai | perjantai
            fit | tuorestai | pyhä      | perjantai
            en  | Thursday  | Sunday    | Friday
            """)
    void weekdayNames(String code, String thursday, String sunday, String friday) {
        DateFormats format = in(Lang.fromCode(code).orElseThrow());
        assertThat(format.weekdayName(DayOfWeek.THURSDAY)).isEqualTo(thursday);
        assertThat(format.weekdayName(DayOfWeek.SUNDAY)).isEqualTo(sunday);
        assertThat(format.weekdayName(FRIDAY_1_MAY.getDayOfWeek())).isEqualTo(friday);
    }

    @Test
    void meankieliShortWeekdays() {
        assertThat(in(Lang.FIT).weekdayShort(DayOfWeek.THURSDAY)).isEqualTo("tuo");
        assertThat(in(Lang.FIT).weekdayShort(DayOfWeek.SUNDAY)).isEqualTo("py");
        assertThat(in(Lang.FIT).weekdayShort(DayOfWeek.MONDAY)).isEqualTo("ma");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sv  | november 2026  | maj 2026
            fi  | marraskuu 2026 | toukokuu 2026
            fit | nuvemperi 2026 | mai 2026
            en  | November 2026  | May 2026
            """)
    void monthAndYearInTheNominative(String code, String november, String may) {
        DateFormats format = in(Lang.fromCode(code).orElseThrow());
        assertThat(format.monthYear(YearMonth.of(2026, 11))).isEqualTo(november);
        assertThat(format.monthYear(YearMonth.of(2026, 5))).isEqualTo(may);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sv  | 2026-11-26  | 2026-05-01
            fi  | 26.11.2026  | 1.5.2026
            fit | 26.11.2026  | 1.5.2026
            en  | 26 Nov 2026 | 1 May 2026
            """)
    void shortDates(String code, String november, String may) {
        DateFormats format = in(Lang.fromCode(code).orElseThrow());
        assertThat(format.shortDate(THURSDAY_26_NOVEMBER)).isEqualTo(november);
        assertThat(format.shortDate(FRIDAY_1_MAY)).isEqualTo(may);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sv  | 26 november 2026 kl. 14:30       | 1 juli 2026 kl. 14:30
            fi  | 26. marraskuuta 2026 klo 14.30   | 1. heinäkuuta 2026 klo 14.30
            fit | 26. nuvemperiä 2026 kello 14.30  | 1. jyylia 2026 kello 14.30
            en  | 26 November 2026, 14:30          | 1 July 2026, 14:30
            """)
    void instantsAreShownInStockholmTimeInWinterAndSummer(String code, String winter, String summer) {
        DateFormats format = in(Lang.fromCode(code).orElseThrow());
        // CET is UTC+1 in November, CEST is UTC+2 in July: both are 14:30 on the town hall's clock.
        assertThat(format.dateTime(Instant.parse("2026-11-26T13:30:00Z"))).isEqualTo(winter);
        assertThat(format.dateTime(Instant.parse("2026-07-01T12:30:00Z"))).isEqualTo(summer);
    }

    @Test
    void instantsAroundTheDaylightSavingChangesAndMidnight() {
        DateFormats sv = in(Lang.SV);
        // 29 March 2026: clocks go from 02:00 to 03:00 at 01:00 UTC.
        assertThat(sv.dateTime(Instant.parse("2026-03-29T00:59:00Z"))).isEqualTo("29 mars 2026 kl. 01:59");
        assertThat(sv.dateTime(Instant.parse("2026-03-29T01:00:00Z"))).isEqualTo("29 mars 2026 kl. 03:00");
        // 25 October 2026: clocks go back from 03:00 to 02:00 at 01:00 UTC.
        assertThat(sv.dateTime(Instant.parse("2026-10-25T00:30:00Z"))).isEqualTo("25 oktober 2026 kl. 02:30");
        assertThat(sv.dateTime(Instant.parse("2026-10-25T01:30:00Z"))).isEqualTo("25 oktober 2026 kl. 02:30");
        // Late evening UTC is already the next day in Sweden: the date follows the local clock.
        assertThat(in(Lang.FIT).dateTime(Instant.parse("2026-04-30T22:15:00Z"))).isEqualTo("1. maita 2026 kello 0.15");
        assertThat(in(Lang.FI).dateTime(Instant.parse("2026-04-30T22:15:00Z")))
                .isEqualTo("1. toukokuuta 2026 klo 0.15");
    }

    @Test
    void localDateTimesAndTimes() {
        LocalDateTime meeting = LocalDateTime.of(2026, 11, 26, 9, 5);
        assertThat(in(Lang.SV).dateTime(meeting)).isEqualTo("26 november 2026 kl. 09:05");
        assertThat(in(Lang.FI).dateTime(meeting)).isEqualTo("26. marraskuuta 2026 klo 9.05");
        assertThat(in(Lang.FIT).dateTime(meeting)).isEqualTo("26. nuvemperiä 2026 kello 9.05");
        assertThat(in(Lang.EN).dateTime(meeting)).isEqualTo("26 November 2026, 09:05");
        assertThat(in(Lang.FIT).time(LocalTime.of(18, 0))).isEqualTo("18.00");
        assertThat(in(Lang.SV).time(LocalTime.of(18, 0))).isEqualTo("18:00");
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void missingValuesAreEmptyNotAnError(Lang lang) {
        DateFormats format = in(lang);
        assertThat(format.date(null)).isEmpty();
        assertThat(format.dateWithWeekday(null)).isEmpty();
        assertThat(format.shortDate(null)).isEmpty();
        assertThat(format.time(null)).isEmpty();
        assertThat(format.dateTime((Instant) null)).isEmpty();
        assertThat(format.dateTime((LocalDateTime) null)).isEmpty();
        assertThat(format.monthYear(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"sv", "fi", "fit"})
    void nordicNumbersGroupWithASpaceAndUseADecimalComma(String code) {
        DateFormats format = in(Lang.fromCode(code).orElseThrow());
        assertThat(format.number(1_234_567)).matches("1" + SPACE + "234" + SPACE + "567");
        assertThat(format.number(999)).isEqualTo("999");
        assertThat(format.decimal(1234.5, 2)).matches("1" + SPACE + "234,50");
        assertThat(format.decimal(0.5, 1)).isEqualTo("0,5");
        assertThat(format.percent(0.125, 1)).matches("12,5" + SPACE + "?%");
        assertThat(format.percent(0.5, 0)).matches("50" + SPACE + "?%");
    }

    @Test
    void englishNumbersGroupWithACommaAndUseADecimalPoint() {
        DateFormats en = in(Lang.EN);
        assertThat(en.number(1_234_567)).isEqualTo("1,234,567");
        assertThat(en.decimal(1234.5, 2)).isEqualTo("1,234.50");
        assertThat(en.percent(0.125, 1)).isEqualTo("12.5%");
        assertThat(en.percent(0.5, 0)).isEqualTo("50%");
    }
}
