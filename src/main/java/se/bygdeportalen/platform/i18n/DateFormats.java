package se.bygdeportalen.platform.i18n;

import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Date, time and number formats per language. Swedish, Finnish and English come from CLDR;
 * Meänkieli uses Finnish patterns with its own month and weekday names (attested in GiellaLT and
 * translatewiki.net), because CLDR has no Meänkieli data and Finnish words would be wrong.
 */
public final class DateFormats {

    /** Times are shown in the municipality's zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    /** Meänkieli month names, nominative: "nuvemperi 2026". */
    static final List<String> FIT_MONTHS = List.of(
            "janyaari",
            "fepryaari",
            "marsi",
            "aprilli",
            "mai",
            "jyyni",
            "jyyli",
            "aykysti",
            "septemperi",
            "oktuuperi",
            "nuvemperi",
            "tesemperi");
    /** Meänkieli month names, partitive, as used in dates: "26. nuvemperiä 2026". */
    static final List<String> FIT_MONTHS_IN_DATE = List.of(
            "janyaaria",
            "fepryaaria",
            "marsia",
            "aprillia",
            "maita",
            "jyyniä",
            "jyylia",
            "aykystia",
            "septemperiä",
            "oktuuperia",
            "nuvemperiä",
            "tesemperiä");
    /** Meänkieli weekday names, Monday first. */
    static final List<String> FIT_WEEKDAYS =
            List.of("maanantai", "tiistai", "keskiviikko", "tuorestai", "perjantai", "lauantai", "pyhä");

    static final List<String> FIT_WEEKDAYS_SHORT = List.of("ma", "ti", "ke", "tuo", "pe", "la", "py");

    private record Patterns(
            DateTimeFormatter date,
            DateTimeFormatter dateWithWeekday,
            DateTimeFormatter shortDate,
            DateTimeFormatter time,
            DateTimeFormatter monthYear,
            String dateTimeJoiner) {}

    private static final Map<Lang, Patterns> PATTERNS = new EnumMap<>(Lang.class);

    static {
        PATTERNS.put(
                Lang.SV,
                new Patterns(
                        DateTimeFormatter.ofPattern("d MMMM yyyy", Lang.SV.formatLocale()),
                        DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Lang.SV.formatLocale()),
                        DateTimeFormatter.ISO_LOCAL_DATE,
                        DateTimeFormatter.ofPattern("HH:mm", Lang.SV.formatLocale()),
                        DateTimeFormatter.ofPattern("LLLL yyyy", Lang.SV.formatLocale()),
                        " kl. "));
        PATTERNS.put(
                Lang.FI,
                new Patterns(
                        DateTimeFormatter.ofPattern("d. MMMM yyyy", Lang.FI.formatLocale()),
                        DateTimeFormatter.ofPattern("cccc d. MMMM yyyy", Lang.FI.formatLocale()),
                        DateTimeFormatter.ofPattern("d.M.yyyy", Lang.FI.formatLocale()),
                        DateTimeFormatter.ofPattern("H.mm", Lang.FI.formatLocale()),
                        DateTimeFormatter.ofPattern("LLLL yyyy", Lang.FI.formatLocale()),
                        " klo "));
        PATTERNS.put(
                Lang.FIT,
                new Patterns(
                        meankieliDate(false),
                        meankieliDate(true),
                        DateTimeFormatter.ofPattern("d.M.yyyy", Lang.FIT.formatLocale()),
                        DateTimeFormatter.ofPattern("H.mm", Lang.FIT.formatLocale()),
                        new DateTimeFormatterBuilder()
                                .appendText(ChronoField.MONTH_OF_YEAR, names(FIT_MONTHS))
                                .appendLiteral(' ')
                                .appendValue(ChronoField.YEAR)
                                .toFormatter(Lang.FIT.formatLocale()),
                        " kello "));
        PATTERNS.put(
                Lang.EN,
                new Patterns(
                        DateTimeFormatter.ofPattern("d MMMM yyyy", Lang.EN.formatLocale()),
                        DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Lang.EN.formatLocale()),
                        DateTimeFormatter.ofPattern("d MMM yyyy", Lang.EN.formatLocale()),
                        DateTimeFormatter.ofPattern("HH:mm", Lang.EN.formatLocale()),
                        DateTimeFormatter.ofPattern("MMMM yyyy", Lang.EN.formatLocale()),
                        ", "));
    }

    private static DateTimeFormatter meankieliDate(boolean withWeekday) {
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder();
        if (withWeekday) {
            b.appendText(ChronoField.DAY_OF_WEEK, names(FIT_WEEKDAYS)).appendLiteral(' ');
        }
        return b.appendValue(ChronoField.DAY_OF_MONTH)
                .appendLiteral(". ")
                .appendText(ChronoField.MONTH_OF_YEAR, names(FIT_MONTHS_IN_DATE))
                .appendLiteral(' ')
                .appendValue(ChronoField.YEAR)
                .toFormatter(Lang.FIT.formatLocale());
    }

    private static Map<Long, String> names(List<String> list) {
        Map<Long, String> map = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            map.put((long) i + 1, list.get(i));
        }
        return map;
    }

    private final Lang lang;
    private final Patterns patterns;

    public DateFormats(Lang lang) {
        this.lang = lang;
        this.patterns = Objects.requireNonNull(PATTERNS.get(lang), "the static block fills every language");
    }

    /** "26 november 2026", "26. marraskuuta 2026", "26. nuvemperiä 2026", "26 November 2026". */
    public String date(@Nullable LocalDate date) {
        return date == null ? "" : patterns.date.format(date);
    }

    public String dateWithWeekday(@Nullable LocalDate date) {
        return date == null ? "" : patterns.dateWithWeekday.format(date);
    }

    /** Compact date for tables: ISO in Swedish, day.month.year in Finnish and Meänkieli. */
    public String shortDate(@Nullable LocalDate date) {
        return date == null ? "" : patterns.shortDate.format(date);
    }

    public String time(@Nullable LocalTime time) {
        return time == null ? "" : patterns.time.format(time);
    }

    public String dateTime(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(ZONE);
        return date(local.toLocalDate()) + patterns.dateTimeJoiner + time(local.toLocalTime());
    }

    /**
     * An instant for a {@code <time datetime>} attribute: ISO 8601 in UTC to the second. HTML allows at
     * most three fraction digits, and PostgreSQL keeps six.
     */
    public static String machine(@Nullable Instant instant) {
        return instant == null
                ? ""
                : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    public String dateTime(@Nullable LocalDateTime local) {
        return local == null ? "" : date(local.toLocalDate()) + patterns.dateTimeJoiner + time(local.toLocalTime());
    }

    public String monthYear(@Nullable YearMonth month) {
        return month == null ? "" : patterns.monthYear.format(month.atDay(1));
    }

    public String monthName(Month month) {
        return lang == Lang.FIT
                ? FIT_MONTHS.get(month.ordinal())
                : month.getDisplayName(TextStyle.FULL_STANDALONE, lang.formatLocale());
    }

    public String weekdayName(DayOfWeek day) {
        return lang == Lang.FIT
                ? FIT_WEEKDAYS.get(day.ordinal())
                : day.getDisplayName(TextStyle.FULL_STANDALONE, lang.formatLocale());
    }

    public String weekdayShort(DayOfWeek day) {
        return lang == Lang.FIT
                ? FIT_WEEKDAYS_SHORT.get(day.ordinal())
                : day.getDisplayName(TextStyle.SHORT_STANDALONE, lang.formatLocale());
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(lang.formatLocale()).format(value);
    }

    public String decimal(double value, int fractionDigits) {
        NumberFormat nf = NumberFormat.getNumberInstance(lang.formatLocale());
        nf.setMinimumFractionDigits(fractionDigits);
        nf.setMaximumFractionDigits(fractionDigits);
        return nf.format(value);
    }

    public String percent(double share, int fractionDigits) {
        NumberFormat nf = NumberFormat.getPercentInstance(lang.formatLocale());
        nf.setMinimumFractionDigits(fractionDigits);
        nf.setMaximumFractionDigits(fractionDigits);
        return nf.format(share);
    }
}
