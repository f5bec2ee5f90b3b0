package se.bygdeportalen.platform.booking;

import java.time.Instant;

/**
 * An active hold: {@code reference} holds {@code resourceKey} from {@code start} (inclusive) to
 * {@code end} (exclusive).
 *
 * @param id          the hold's id, to release it
 * @param resourceKey the module's name for the resource, e.g. {@code premises:12}
 * @param start       first instant held
 * @param end         first instant no longer held
 * @param reference   the module's record that holds it, e.g. {@code premises-booking:42}
 */
public record Hold(long id, String resourceKey, Instant start, Instant end, String reference) {}
