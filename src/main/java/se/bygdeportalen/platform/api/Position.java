package se.bygdeportalen.platform.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Where a keyset-paged list stopped: the sort key and id of the last row on a page. The next page is
 * the rows after it in the list's order, e.g. {@code WHERE (published_at, id) < (:key, :id)} for a
 * newest-first list. The key is kept as text; read it back with the accessor of the type it was made
 * from. A key that does not read as that type came from a tampered or foreign cursor and is a 400.
 *
 * @param key the last row's sort key, as text
 * @param id  the last row's id, the tie-breaker that makes the order total
 */
public record Position(String key, long id) {

    public Position {
        if (key == null || key.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("A sort key is one line of text");
        }
    }

    public static Position of(Instant key, long id) {
        return new Position(key.toString(), id);
    }

    public static Position of(LocalDate key, long id) {
        return new Position(key.toString(), id);
    }

    public static Position of(long key, long id) {
        return new Position(Long.toString(key), id);
    }

    /** Ordered by id alone: the key is empty. */
    public static Position ofId(long id) {
        return new Position("", id);
    }

    public Instant instantKey() {
        try {
            return Instant.parse(key);
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    public LocalDate dateKey() {
        try {
            return LocalDate.parse(key);
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    public long longKey() {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static InvalidPageRequestException invalid() {
        return new InvalidPageRequestException(
                "cursor", "The cursor does not belong to this list. Start again from the first page.");
    }
}
