package se.bygdeportalen.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import se.bygdeportalen.platform.i18n.Lang;

/** Feeds parse with ical4j, keep local times across the changes to and from summer time, and fold at 75 octets. */
class ICalendarWriterTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final CalendarFeed FEED =
            CalendarFeed.of("Test", Lang.SV, "Kommunfullmäktige", "https://example.se");

    private static ZonedDateTime local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(STOCKHOLM);
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent only(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private static String prop(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static VEvent byUid(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> uid.equals(prop(e, "UID")))
                .findFirst()
                .orElseThrow();
    }

    private static Instant startOf(Calendar calendar, String uid) {
        return Instant.from(byUid(calendar, uid).getStartDate().orElseThrow().getDate());
    }

    private static Instant endOf(Calendar calendar, String uid) {
        return Instant.from(byUid(calendar, uid).getEndDate().orElseThrow().getDate());
    }

    @Test
    void anEventHasItsUidStampTextsAndZone() throws Exception {
        CalendarEvent meeting = CalendarEvent.of(
                        "meeting-42",
                        local("2026-04-20T18:00"),
                        local("2026-04-20T21:00"),
                        "Kommunfullmäktige, sammanträde")
                .withLocation("Kommunhuset; sessionssalen")
                .withDescription("Ärenden:\n1. Budget")
                .withUrl(URI.create("https://example.se/sv/sammantraden/42"))
                .withRevision(3, Instant.parse("2026-02-27T08:00:00Z"));
        String text = ICalendarWriter.write(FEED, List.of(meeting), NOW);

        Calendar calendar = parse(text);
        assertThat(calendar.getProperty("PRODID").map(Property::getValue)).contains("-//Bygdeportalen//Test//SV");
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
        VEvent event = only(calendar);
        assertThat(prop(event, "UID")).isEqualTo("meeting-42@example.se");
        assertThat(event.getProperties("DTSTAMP")).hasSize(1);
        assertThat(prop(event, "DTSTAMP")).isEqualTo("20260301T120000Z");
        assertThat(prop(event, "SUMMARY")).isEqualTo("Kommunfullmäktige, sammanträde");
        assertThat(prop(event, "LOCATION")).isEqualTo("Kommunhuset; sessionssalen");
        assertThat(prop(event, "DESCRIPTION")).isEqualTo("Ärenden:\n1. Budget");
        assertThat(prop(event, "URL")).isEqualTo("https://example.se/sv/sammantraden/42");
        assertThat(prop(event, "SEQUENCE")).isEqualTo("3");
        assertThat(prop(event, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(text)
                .contains("\r\nDTSTART;TZID=Europe/Stockholm:20260420T180000\r\n")
                .contains("\r\nDTEND;TZID=Europe/Stockholm:20260420T210000\r\n")
                .contains("\r\nTZID:Europe/Stockholm\r\n");
    }

    @Test
    void aCancelledEventSaysSo() throws Exception {
        CalendarEvent cancelled = CalendarEvent.of(
                        "meeting-43", local("2026-05-04T18:00"), local("2026-05-04T20:00"), "Inställt")
                .withCancelled(true);
        assertThat(prop(only(parse(ICalendarWriter.write(FEED, List.of(cancelled), NOW))), "STATUS"))
                .isEqualTo("CANCELLED");
    }

    @Test
    void timesOnTheDaysOfTheClockChangesKeepTheirLocalTimeAndOffset() throws Exception {
        // 2026: summer time starts Sunday 29 March 02:00 (+01 -> +02), ends Sunday 25 October 03:00 (+02 -> +01).
        CalendarEvent spring = CalendarEvent.of("spring", local("2026-03-29T10:00"), local("2026-03-29T12:00"), "Vår");
        CalendarEvent autumn = CalendarEvent.of("autumn", local("2026-10-25T10:00"), local("2026-10-25T12:00"), "Höst");
        // Across the change itself: 01:30 to 03:30 local on 29 March is one hour.
        CalendarEvent night = CalendarEvent.of("night", local("2026-03-29T01:30"), local("2026-03-29T03:30"), "Natt");
        Calendar calendar = parse(ICalendarWriter.write(FEED, List.of(spring, autumn, night), NOW));

        assertThat(startOf(calendar, "spring@example.se")).isEqualTo(Instant.parse("2026-03-29T08:00:00Z"));
        assertThat(startOf(calendar, "autumn@example.se")).isEqualTo(Instant.parse("2026-10-25T09:00:00Z"));
        assertThat(startOf(calendar, "night@example.se")).isEqualTo(Instant.parse("2026-03-29T00:30:00Z"));
        assertThat(endOf(calendar, "night@example.se")).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void aWeeklyEventStaysAtItsLocalTimeAcrossTheChangeToSummerTime() throws Exception {
        // Tuesdays 18:00 from 17 March, until 14 April, but not 7 April (Easter week).
        CalendarEvent training = CalendarEvent.of(
                        "activity-7", local("2026-03-17T18:00"), local("2026-03-17T19:30"), "Innebandy")
                .withRecurrence(
                        Recurrence.weeklyUntil(LocalDate.of(2026, 4, 14)).except(LocalDate.of(2026, 4, 7)));
        String text = ICalendarWriter.write(FEED, List.of(training), NOW);
        assertThat(text).contains("\r\nRRULE:FREQ=WEEKLY;UNTIL=20260414T215959Z\r\n");

        VEvent event = only(parse(text));
        Period<ZonedDateTime> window = new Period<>(local("2026-03-01T00:00"), local("2026-06-01T00:00"));
        Set<Period<Temporal>> occurrences = event.calculateRecurrenceSet(window);
        assertThat(occurrences.stream()
                        .map(p -> Instant.from(p.getStart()))
                        .sorted()
                        .toList())
                .containsExactly(
                        Instant.parse("2026-03-17T17:00:00Z"), // +01
                        Instant.parse("2026-03-24T17:00:00Z"),
                        Instant.parse("2026-03-31T16:00:00Z"), // +02 after 29 March
                        Instant.parse("2026-04-14T16:00:00Z"));
    }

    @Test
    void aCountedRecurrence() throws Exception {
        CalendarEvent monthly = CalendarEvent.of(
                        "board", local("2026-01-15T17:00"), local("2026-01-15T19:00"), "Styrelsemöte")
                .withRecurrence(new Recurrence(Recurrence.Frequency.MONTHLY, 2, 3, null, List.of()));
        String text = ICalendarWriter.write(FEED, List.of(monthly), NOW);
        assertThat(text).contains("\r\nRRULE:FREQ=MONTHLY;COUNT=3;INTERVAL=2\r\n");
        Set<Period<Temporal>> occurrences = only(parse(text))
                .calculateRecurrenceSet(new Period<>(local("2026-01-01T00:00"), local("2027-01-01T00:00")));
        assertThat(occurrences.stream()
                        .map(p -> Instant.from(p.getStart()))
                        .sorted()
                        .toList())
                .containsExactly(
                        Instant.parse("2026-01-15T16:00:00Z"),
                        Instant.parse("2026-03-15T16:00:00Z"),
                        Instant.parse("2026-05-15T15:00:00Z"));
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithCrlfWithoutSplittingCharacters() throws Exception {
        String summary =
                "Öppet möte om älvdalens framtid: åtgärder för Övertorneå, Juoksengi, Svanstein och Hedenäset – "
                        + "välkomna alla byar längs älven! Tervetuloa kaikki kylät 😀";
        CalendarEvent event = CalendarEvent.of("long", local("2026-06-01T18:00"), local("2026-06-01T20:00"), summary)
                .withDescription("ä".repeat(200));
        byte[] bytes = ICalendarWriter.bytes(FEED, List.of(event), NOW);
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text).endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        String[] lines = text.split("\r\n");
        assertThat(Arrays.stream(lines)
                        .mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length)
                        .max()
                        .orElseThrow())
                .isLessThanOrEqualTo(75);
        assertThat(Arrays.stream(lines).filter(l -> l.startsWith(" ")).count())
                .as("continuation lines")
                .isGreaterThanOrEqualTo(6);
        // Every line is whole UTF-8: no character was cut between two lines.
        for (String line : lines) {
            assertThat(line).doesNotContain("\uFFFD");
        }
        VEvent parsed = only(parse(text));
        assertThat(prop(parsed, "SUMMARY")).isEqualTo(summary);
        assertThat(prop(parsed, "DESCRIPTION")).isEqualTo("ä".repeat(200));
    }

    @Test
    void foldingCountsOctets() {
        // 74 ASCII characters and then "ä" (2 octets) makes 76: the "ä" moves to the next line.
        String folded = ICalendarWriter.fold("X".repeat(74) + "ä");
        assertThat(folded).isEqualTo("X".repeat(74) + "\r\n ä\r\n");
        assertThat(ICalendarWriter.fold("X".repeat(75))).isEqualTo("X".repeat(75) + "\r\n");
        assertThat(ICalendarWriter.fold("X".repeat(76))).isEqualTo("X".repeat(75) + "\r\n X\r\n");
    }

    @Test
    void eventsAreCheckedWhenBuilt() {
        assertThatThrownBy(() -> CalendarEvent.of("x", local("2026-01-01T10:00"), local("2026-01-01T10:00"), "S"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CalendarEvent.of("a@b", local("2026-01-01T10:00"), local("2026-01-01T11:00"), "S"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Recurrence(Recurrence.Frequency.WEEKLY, 1, null, null, List.of()))
                .as("endless")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
