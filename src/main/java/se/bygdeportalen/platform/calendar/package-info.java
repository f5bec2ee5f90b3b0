/**
 * iCalendar feeds (RFC 5545) built with ical4j: {@link se.bygdeportalen.platform.calendar.ICalendarWriter}
 * turns {@link se.bygdeportalen.platform.calendar.CalendarEvent}s into a feed with the Europe/Stockholm
 * VTIMEZONE, stable UIDs, one DTSTAMP per event, optional recurrence (RRULE, EXDATE), cancellation, and
 * lines folded at 75 octets with CRLF. Meetings, association activities and bookings all use it (ADR 0014).
 *
 * <pre>{@code
 * CalendarFeed feed = CalendarFeed.of("Sammantraden", lang, "Kommunfullmäktige", properties.baseUrl());
 * List<CalendarEvent> events = meetings.stream().map(m -> CalendarEvent.of("meeting-" + m.id(), m.start(), m.end(), title(m))
 *         .withLocation(m.place())
 *         .withUrl(URI.create(properties.baseUrl() + "/" + lang.code() + "/sammantraden/" + m.id()))
 *         .withCancelled(m.cancelled())
 *         .withRevision(m.sequence(), m.updatedAt())).toList();
 * return ResponseEntity.ok().contentType(MediaType.parseMediaType(ICalendarWriter.MEDIA_TYPE))
 *         .body(ICalendarWriter.bytes(feed, events, clock.instant()));
 *
 * // an association's weekly training, Tuesdays 18:00 until the end of May, not on 1 May:
 * CalendarEvent.of("activity-7", tuesday18, tuesday1930, "Innebandy")
 *         .withRecurrence(Recurrence.weeklyUntil(LocalDate.of(2026, 5, 31)).except(LocalDate.of(2026, 5, 1)));
 * }</pre>
 */
@NullMarked
package se.bygdeportalen.platform.calendar;

import org.jspecify.annotations.NullMarked;
