package se.bygdeportalen.platform.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import se.bygdeportalen.platform.i18n.DateFormats;

/**
 * Writes events as an iCalendar feed (RFC 5545) with ical4j: one VTIMEZONE for Europe/Stockholm, every
 * time local to it, one UID and one DTSTAMP per event, and lines folded at 75 octets with CRLF. ical4j
 * folds at 73 characters, which for å, ä, ö and other letters outside ASCII is more than 75 octets,
 * so the unfolded text is folded here, on character boundaries.
 */
public final class ICalendarWriter {

    /** The Content-Type of a feed. */
    public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";
    /** The zone every event is written in. */
    public static final ZoneId ZONE = DateFormats.ZONE;
    /** The longest line in octets, without its CRLF (RFC 5545, 3.1). */
    static final int MAX_LINE_OCTETS = 75;

    /**
     * Europe/Stockholm with the EU's summer-time rule (since 1996). ical4j's bundled zone data treats
     * Stockholm as a link to Berlin and would name the VTIMEZONE Europe/Berlin, which would not
     * match the events' TZID; so the zone is given here, parsed by ical4j.
     */
    private static final String STOCKHOLM = String.join(
            "\r\n",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Bygdeportalen//Zone//SV",
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Stockholm",
            "X-LIC-LOCATION:Europe/Stockholm",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE",
            "END:VCALENDAR",
            "");

    private static final VTimeZone VTIMEZONE = parseZone();
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendarWriter() {}

    /** The feed as UTF-8 bytes, ready to send with {@link #MEDIA_TYPE}. */
    public static byte[] bytes(CalendarFeed feed, List<CalendarEvent> events, Instant now) {
        return write(feed, events, now).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The feed as text.
     *
     * @param now the DTSTAMP of every event: when this feed was written (from the injected clock)
     */
    public static String write(CalendarFeed feed, List<CalendarEvent> events, Instant now) {
        Calendar calendar = new Calendar()
                .withProdId("-//Bygdeportalen//" + feed.product() + "//"
                        + feed.language().code().toUpperCase())
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(ImmutableMethod.PUBLISH)
                .withProperty(new XProperty("X-WR-CALNAME", feed.name()))
                .withProperty(new XProperty("X-WR-TIMEZONE", ZONE.getId()))
                .withComponent(VTIMEZONE.copy())
                .getFluentTarget();
        for (CalendarEvent e : events) {
            calendar.add(event(e, feed.domain(), now));
        }
        return fold(calendar.toString());
    }

    private static VEvent event(CalendarEvent e, String domain, Instant now) {
        ZonedDateTime start = e.start().withZoneSameInstant(ZONE);
        VEvent event = new VEvent(start, e.end().withZoneSameInstant(ZONE), e.summary());
        event.add(new Uid(e.id() + "@" + domain));
        event.replace(new DtStamp(now)); // the constructor stamps the event itself; RFC 5545 allows one DTSTAMP
        event.add(new Sequence(e.sequence()));
        if (e.lastModified() != null) {
            event.add(new LastModified(e.lastModified()));
        }
        if (e.location() != null && !e.location().isBlank()) {
            event.add(new Location(e.location()));
        }
        if (e.description() != null && !e.description().isBlank()) {
            event.add(new Description(e.description()));
        }
        if (e.url() != null) {
            event.add(new Url(e.url()));
        }
        if (e.recurrence() != null) {
            event.add(new RRule<>(rule(e.recurrence(), start)));
            if (!e.recurrence().except().isEmpty()) {
                // Each left-out occurrence at the series' local start time, as RFC 5545 matches them.
                List<ZonedDateTime> except = e.recurrence().except().stream()
                        .map(d -> ZonedDateTime.of(d, start.toLocalTime(), ZONE))
                        .toList();
                event.add(new ExDate<>(new ParameterList(List.of(new TzId(ZONE.getId()))), new DateList<>(except)));
            }
        }
        event.add(e.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    /** The RRULE value; with a TZID'd start, UNTIL must be in UTC (RFC 5545, 3.3.10): the end of that day in Stockholm. */
    static String rule(Recurrence r, ZonedDateTime start) {
        StringBuilder rule = new StringBuilder("FREQ=").append(r.frequency().name());
        if (r.interval() > 1) {
            rule.append(";INTERVAL=").append(r.interval());
        }
        if (r.count() != null) {
            rule.append(";COUNT=").append(r.count());
        } else {
            LocalDate until = Objects.requireNonNull(r.until(), "a recurrence without a count has an end date");
            rule.append(";UNTIL=").append(UTC.format(ZonedDateTime.of(until, LocalTime.of(23, 59, 59), ZONE)));
        }
        return rule.toString();
    }

    /**
     * Folds every line longer than 75 octets (RFC 5545, 3.1): CRLF and one space before each
     * continuation, never inside a character's UTF-8 bytes. Line ends become CRLF.
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 50 * 3);
        for (String line : unfolded.split("\r\n|\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = utf8Length(cp);
                if (octets + size > MAX_LINE_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    private static VTimeZone parseZone() {
        try {
            return new CalendarBuilder()
                    .build(new StringReader(STOCKHOLM))
                    .getComponent(net.fortuna.ical4j.model.Component.VTIMEZONE)
                    .map(VTimeZone.class::cast)
                    .orElseThrow();
        } catch (IOException | ParserException e) {
            throw new IllegalStateException("The built-in time zone does not parse", e);
        }
    }
}
