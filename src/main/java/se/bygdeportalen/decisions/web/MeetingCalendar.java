package se.bygdeportalen.decisions.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.bygdeportalen.decisions.internal.Meeting;
import se.bygdeportalen.platform.PlatformProperties;
import se.bygdeportalen.platform.calendar.CalendarEvent;
import se.bygdeportalen.platform.calendar.CalendarFeed;
import se.bygdeportalen.platform.calendar.ICalendarWriter;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.i18n.TranslatableText;

/**
 * Meetings as an iCalendar feed, written by the platform's {@link ICalendarWriter} (ADR 0014): one
 * VEVENT per meeting with a stable UID ({@code meeting-<id>@<host>}), local times in Europe/Stockholm,
 * a SEQUENCE that grows with each change, and STATUS:CANCELLED for cancelled meetings so subscribed
 * calendars remove them.
 */
@Component
public class MeetingCalendar {

    private final Messages messages;
    private final PlatformProperties properties;
    private final Clock clock;

    MeetingCalendar(Messages messages, PlatformProperties properties, Clock clock) {
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    public byte[] write(List<Meeting> meetings, Map<String, TranslatableText> names, Lang lang, String calendarName) {
        CalendarFeed feed = CalendarFeed.of("Sammantraden", lang, calendarName, properties.baseUrl());
        List<CalendarEvent> events = meetings.stream()
                .map(m -> {
                    String body =
                            MeetingViews.name(names, m.bodySlug()).in(lang).text();
                    String url = properties.baseUrl() + "/" + lang.code() + "/sammantraden/" + m.id();
                    return CalendarEvent.of(
                                    "meeting-" + m.id(),
                                    m.start(),
                                    m.end(),
                                    messages.get(lang, "decisions.calendar.summary", body))
                            .withLocation(m.place())
                            .withUrl(URI.create(url))
                            .withDescription(m.onlineLink() == null ? url : url + "\n" + m.onlineLink())
                            .withCancelled(m.cancelled())
                            .withRevision(m.sequence(), m.updatedAt());
                })
                .toList();
        return ICalendarWriter.bytes(feed, events, clock.instant());
    }
}
