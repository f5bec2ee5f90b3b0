package se.bygdeportalen.platform.calendar;

import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One VEVENT. Build it with {@link #of} and the {@code with...} methods; only the id, times and summary
 * are required. Times are written in Europe/Stockholm (the feed's one VTIMEZONE) whatever zone they
 * are given in.
 *
 * @param id           stable, unique within the feed's domain, e.g. {@code meeting-42}; the UID is
 *                     {@code id@domain}, so a changed event replaces the old one in subscribed calendars
 * @param start        start (of the first occurrence, if recurring)
 * @param end          end, after start
 * @param summary      the title
 * @param location     the place, or null
 * @param description  plain text, may have line breaks, or null
 * @param url          the event's page, or null
 * @param recurrence   how it repeats, or null for a single event
 * @param cancelled    STATUS:CANCELLED, so subscribed calendars strike or remove it; otherwise CONFIRMED
 * @param sequence     grows with each change people should notice (time, place, cancellation)
 * @param lastModified when the event last changed, or null
 */
public record CalendarEvent(
        String id,
        ZonedDateTime start,
        ZonedDateTime end,
        String summary,
        @Nullable String location,
        @Nullable String description,
        @Nullable URI url,
        @Nullable Recurrence recurrence,
        boolean cancelled,
        int sequence,
        @Nullable Instant lastModified) {

    public CalendarEvent {
        if (id == null || id.isBlank() || id.contains("@") || id.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new IllegalArgumentException("An event id is printable ASCII without '@' or spaces: " + id);
        }
        if (start == null || end == null || !start.isBefore(end)) {
            throw new IllegalArgumentException("An event must end after it starts: " + start + " to " + end);
        }
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("An event needs a summary");
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("A sequence is 0 or more: " + sequence);
        }
    }

    public static CalendarEvent of(String id, ZonedDateTime start, ZonedDateTime end, String summary) {
        return new CalendarEvent(id, start, end, summary, null, null, null, null, false, 0, null);
    }

    public CalendarEvent withLocation(@Nullable String location) {
        return new CalendarEvent(
                id, start, end, summary, location, description, url, recurrence, cancelled, sequence, lastModified);
    }

    public CalendarEvent withDescription(@Nullable String description) {
        return new CalendarEvent(
                id, start, end, summary, location, description, url, recurrence, cancelled, sequence, lastModified);
    }

    public CalendarEvent withUrl(@Nullable URI url) {
        return new CalendarEvent(
                id, start, end, summary, location, description, url, recurrence, cancelled, sequence, lastModified);
    }

    public CalendarEvent withRecurrence(@Nullable Recurrence recurrence) {
        return new CalendarEvent(
                id, start, end, summary, location, description, url, recurrence, cancelled, sequence, lastModified);
    }

    public CalendarEvent withCancelled(boolean cancelled) {
        return new CalendarEvent(
                id, start, end, summary, location, description, url, recurrence, cancelled, sequence, lastModified);
    }

    /** The revision: {@code sequence} grows with each change, {@code lastModified} is when the last one was. */
    public CalendarEvent withRevision(int sequence, @Nullable Instant lastModified) {
        return new CalendarEvent(
                id, start, end, summary, location, description, url, recurrence, cancelled, sequence, lastModified);
    }
}
