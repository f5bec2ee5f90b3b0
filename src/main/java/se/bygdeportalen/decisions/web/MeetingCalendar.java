package se.bygdeportalen.decisions.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import java.io.IOException;
import java.io.StringReader;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.stereotype.Component;

import se.bygdeportalen.decisions.internal.Meeting;
import se.bygdeportalen.platform.PlatformProperties;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.i18n.TranslatableText;

/**
 * Meetings as an iCalendar feed (RFC 5545) with ical4j: one VEVENT per meeting with a stable UID
 * ({@code meeting-<id>@<host>}), local times in Europe/Stockholm with its VTIMEZONE, a SEQUENCE
 * that grows with each change, and STATUS:CANCELLED for cancelled meetings so subscribed
 * calendars remove them.
 */
@Component
public class MeetingCalendar {

    /**
     * Europe/Stockholm with the EU's summer-time rule (since 1996). ical4j's bundled zone data treats
     * Stockholm as a link to Berlin and would name the VTIMEZONE Europe/Berlin, which would not
     * match the events' TZID; so the zone is given here, parsed by ical4j.
     */
    static final String STOCKHOLM = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Bygdeportalen//Zone//SV",
            "BEGIN:VTIMEZONE", "TZID:Europe/Stockholm", "X-LIC-LOCATION:Europe/Stockholm",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE", "END:VCALENDAR", "");

    private static final VTimeZone ZONE = parseZone();

    private static VTimeZone parseZone() {
        try {
            return new CalendarBuilder().build(new StringReader(STOCKHOLM)).getComponent(net.fortuna.ical4j.model.Component.VTIMEZONE)
                    .map(VTimeZone.class::cast).orElseThrow();
        } catch (IOException | ParserException e) {
            throw new IllegalStateException("The built-in time zone does not parse", e);
        }
    }

    private final Messages messages;
    private final PlatformProperties properties;

    MeetingCalendar(Messages messages, PlatformProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    public byte[] write(List<Meeting> meetings, Map<String, TranslatableText> names, Lang lang, String calendarName) {
        VTimeZone zone = ZONE.copy();
        String host = URI.create(properties.baseUrl()).getHost();
        Calendar calendar = new Calendar()
                .withProdId("-//Bygdeportalen//Sammantraden//" + lang.code().toUpperCase())
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(ImmutableMethod.PUBLISH)
                .withProperty(new XProperty("X-WR-CALNAME", calendarName))
                .withProperty(new XProperty("X-WR-TIMEZONE", DateFormats.ZONE.getId()))
                .withComponent(zone)
                .getFluentTarget();
        Instant now = Instant.now();
        for (Meeting m : meetings) {
            String body = MeetingViews.name(names, m.bodySlug()).in(lang).text();
            String url = properties.baseUrl() + "/" + lang.code() + "/sammantraden/" + m.id();
            VEvent event = new VEvent(m.start(), m.end(), messages.get(lang, "decisions.calendar.summary", body));
            event.withProperty(new Uid("meeting-" + m.id() + "@" + host))
                    .withProperty(new DtStamp(now))
                    .withProperty(new LastModified(m.updatedAt()))
                    .withProperty(new Sequence(m.sequence()))
                    .withProperty(new Location(m.place()))
                    .withProperty(new Url(URI.create(url)))
                    .withProperty(new Description(m.onlineLink() == null ? url : url + "\n" + m.onlineLink()))
                    .withProperty(m.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
            calendar.add(event);
        }
        return calendar.toString().getBytes(StandardCharsets.UTF_8);
    }
}
