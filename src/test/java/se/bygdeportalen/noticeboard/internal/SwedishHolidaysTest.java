package se.bygdeportalen.noticeboard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.bygdeportalen.noticeboard.Kind;

/**
 * The Swedish holiday calendar (lag 1989:253) and the three weeks to appeal under Kommunallagen
 * 13 kap 5 § with lag (1930:173) om beräkning av lagstadgad tid.
 */
class SwedishHolidaysTest {

    @ParameterizedTest
    @CsvSource({
        "2019, 2019-04-21",
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2038, 2038-04-25",
        "2285, 2285-03-22",
        "2000, 2000-04-23"
    })
    void easterSundayFollowsTheGregorianComputus(int year, LocalDate easter) {
        assertThat(SwedishHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void theHolidaysOf2025() {
        assertThat(SwedishHolidays.publicHolidays(2025))
                .containsExactly(
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 1, 6),
                        LocalDate.of(2025, 4, 18),
                        LocalDate.of(2025, 4, 20),
                        LocalDate.of(2025, 4, 21),
                        LocalDate.of(2025, 5, 1),
                        LocalDate.of(2025, 5, 29),
                        LocalDate.of(2025, 6, 6),
                        LocalDate.of(2025, 6, 8),
                        LocalDate.of(2025, 6, 21),
                        LocalDate.of(2025, 11, 1),
                        LocalDate.of(2025, 12, 25),
                        LocalDate.of(2025, 12, 26));
    }

    @ParameterizedTest
    @CsvSource({
        "2024, 2024-06-22, 2024-11-02",
        "2025, 2025-06-21, 2025-11-01",
        "2026, 2026-06-20, 2026-10-31",
        "2027, 2027-06-26, 2027-11-06",
        "2021, 2021-06-26, 2021-11-06"
    })
    void midsummerAndAllSaintsAreTheSaturdaysInTheirWindows(int year, LocalDate midsummer, LocalDate allSaints) {
        assertThat(SwedishHolidays.midsummerDay(year)).isEqualTo(midsummer);
        assertThat(SwedishHolidays.allSaintsDay(year)).isEqualTo(allSaints);
        assertThat(midsummer.getDayOfMonth()).isBetween(20, 26);
    }

    @Test
    void eveningsBeforeTheBigHolidaysCountAsNonWorkingDaysButOrdinaryDaysDoNot() {
        assertThat(SwedishHolidays.isNonWorkingDay(LocalDate.of(2025, 6, 20)))
                .as("midsommarafton 2025")
                .isTrue();
        assertThat(SwedishHolidays.isNonWorkingDay(LocalDate.of(2026, 12, 24)))
                .as("julafton")
                .isTrue();
        assertThat(SwedishHolidays.isNonWorkingDay(LocalDate.of(2025, 12, 31)))
                .as("nyårsafton")
                .isTrue();
        assertThat(SwedishHolidays.isPublicHoliday(LocalDate.of(2025, 6, 20)))
                .as("midsommarafton is no public holiday")
                .isFalse();
        assertThat(SwedishHolidays.isNonWorkingDay(LocalDate.of(2025, 4, 17)))
                .as("skärtorsdagen is a working day")
                .isFalse();
        assertThat(SwedishHolidays.isNonWorkingDay(LocalDate.of(2026, 11, 26)))
                .as("an ordinary Thursday")
                .isFalse();
    }

    @ParameterizedTest(name = "posted {0} → last day {1}")
    @CsvSource({
        "2026-11-02, 2026-11-23", // an ordinary Monday three weeks later
        "2026-11-07, 2026-11-30", // Saturday → Monday
        "2026-12-03, 2026-12-28", // julafton, juldagen, annandag jul, Sunday → Monday 28th
        "2025-03-31, 2025-04-22", // annandag påsk → Tuesday
        "2025-03-28, 2025-04-22", // långfredagen, påskafton (Saturday), påskdagen, annandag påsk
        "2025-05-08, 2025-05-30", // Kristi himmelsfärdsdag → Friday
        "2025-05-16, 2025-06-09", // nationaldagen on a Friday → Monday
        "2025-05-30, 2025-06-23", // midsommarafton → Monday
        "2025-12-10, 2026-01-02", // nyårsafton, nyårsdagen → Friday 2 January
        "2024-12-16, 2025-01-07", // trettondedag jul on a Monday → Tuesday
        "2026-04-10, 2026-05-04", // 1 May 2026 is a Friday → Monday 4 May
        "2026-10-10, 2026-11-02"
    }) // All Saints' Day (Saturday 31 October) and Sunday → Monday
    void theLastDayToAppealIsThreeWeeksLaterOrTheNextWorkingDay(LocalDate postedOn, LocalDate lastDay) {
        assertThat(NoticeRules.lastDayToAppeal(postedOn)).isEqualTo(lastDay);
        NoticeRules.Period period = NoticeRules.period(Kind.MINUTES_APPROVED, postedOn, null);
        assertThat(period.lastDayToAppeal()).isEqualTo(lastDay);
        assertThat(period.takeDownOn())
                .as("stays up through the last day to appeal")
                .isEqualTo(lastDay.plusDays(1));
    }

    @Test
    void aMeetingNoticeStaysUpUntilTheDayAfterTheMeeting() {
        NoticeRules.Period period =
                NoticeRules.period(Kind.MEETING_NOTICE, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 10));
        assertThat(period.takeDownOn()).isEqualTo(LocalDate.of(2026, 11, 11));
        assertThat(period.lastDayToAppeal()).isNull();
    }

    @Test
    void otherNoticesStayUpThroughTheirLastDay() {
        NoticeRules.Period period =
                NoticeRules.period(Kind.OTHER, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 1));
        assertThat(period.takeDownOn()).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void noticesWithoutTheirDatesAreRefused() {
        assertThatThrownBy(() -> NoticeRules.period(Kind.MEETING_NOTICE, LocalDate.of(2026, 11, 2), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        NoticeRules.period(Kind.MEETING_NOTICE, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoticeRules.period(Kind.OTHER, LocalDate.of(2026, 11, 2), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoticeRules.period(Kind.MINUTES_APPROVED, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
