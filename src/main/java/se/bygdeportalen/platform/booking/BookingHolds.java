package se.bygdeportalen.platform.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds time ranges on bookable resources so that two overlapping holds on one resource can never both
 * commit (ADR 0014). The database decides, not a check-then-insert: {@code booking_hold} has an
 * exclusion constraint on (resource, period) for active holds, so of two concurrent overlapping holds
 * the second waits for the first's transaction and fails if it commits. That failure (SQLSTATE
 * 23P01) is rolled back to a savepoint and returned as a {@link HoldResult.Conflict}, so the caller's
 * transaction stays usable and can, for example, show the form again with the taken times.
 *
 * <p>Ranges are half-open, [start, end): a hold ending at 12:00 and one starting at 12:00 do not
 * overlap. Times are stored to the microsecond (PostgreSQL's precision); finer parts are cut off.
 */
@Component
public class BookingHolds {

    /** The widest window {@link #active} lists: a year view of one resource. */
    public static final Duration MAX_WINDOW = Duration.ofDays(366);
    /** The most holds one listing returns; a window that holds more is cut off at its latest holds. */
    public static final int MAX_ROWS = 2000;
    /** The most resources one listing covers. */
    public static final int MAX_RESOURCES = 200;

    private static final String EXCLUSION_VIOLATION = "23P01";
    private static final RowMapper<Hold> HOLD = BookingHolds::hold;

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    BookingHolds(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Holds [start, end) on the resource for the reference, in the caller's transaction (or its own
     * if there is none).
     *
     * @throws IllegalArgumentException if start is not before end or a key is blank or longer than 200
     *                                  characters; validate the command before calling
     */
    @Transactional
    public HoldResult hold(String resourceKey, Instant start, Instant end, String reference) {
        checkKey(resourceKey, "resource key");
        checkKey(reference, "reference");
        Instant from = micros(start);
        Instant to = micros(end);
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A hold must end after it starts: " + start + " to " + end);
        }
        // Twice at most: if the hold in the way was released between our insert and our look-up, try again.
        for (int attempt = 0; ; attempt++) {
            try {
                Long id = savepoint.execute(status -> jdbc.sql("""
                        INSERT INTO booking_hold (resource_key, period, reference)
                        VALUES (:resource, tstzrange(:start, :end, '[)'), :reference) RETURNING id
                        """)
                        .param("resource", resourceKey)
                        .param("start", offset(from))
                        .param("end", offset(to))
                        .param("reference", reference)
                        .query(Long.class)
                        .single());
                return new HoldResult.Held(new Hold(Objects.requireNonNull(id), resourceKey, from, to, reference));
            } catch (DataAccessException e) {
                if (!isExclusionViolation(e)) {
                    throw e;
                }
                List<Hold> conflicting = overlapping(resourceKey, from, to);
                if (!conflicting.isEmpty() || attempt == 1) {
                    return new HoldResult.Conflict(conflicting);
                }
            }
        }
    }

    /**
     * Releases an active hold, so its time can be held again (a cancelled or declined booking).
     *
     * @return false if there is no such active hold (already released, or never existed)
     */
    @Transactional
    public boolean release(long holdId) {
        return jdbc.sql(
                                "UPDATE booking_hold SET status = 'RELEASED', released_at = now() WHERE id = :id AND status = 'ACTIVE'")
                        .param("id", holdId)
                        .update()
                == 1;
    }

    /** Releases every active hold of the reference (a booking with several times); returns how many. */
    @Transactional
    public int releaseAll(String reference) {
        return jdbc.sql(
                        "UPDATE booking_hold SET status = 'RELEASED', released_at = now() WHERE reference = :reference AND status = 'ACTIVE'")
                .param("reference", reference)
                .update();
    }

    /** The hold if it is active. */
    @Transactional(readOnly = true)
    public Optional<Hold> find(long holdId) {
        return jdbc.sql(SELECT + " WHERE id = :id AND status = 'ACTIVE'")
                .param("id", holdId)
                .query(HOLD)
                .optional();
    }

    /** The active holds of a reference, earliest first (at most {@link #MAX_ROWS}). */
    @Transactional(readOnly = true)
    public List<Hold> byReference(String reference) {
        return jdbc.sql(SELECT + " WHERE reference = :reference AND status = 'ACTIVE' ORDER BY lower(period), id LIMIT "
                        + MAX_ROWS)
                .param("reference", reference)
                .query(HOLD)
                .list();
    }

    /**
     * The active holds on the resource that overlap [from, to), earliest first.
     *
     * @throws IllegalArgumentException if the window is empty or wider than {@link #MAX_WINDOW}
     */
    @Transactional(readOnly = true)
    public List<Hold> active(String resourceKey, Instant from, Instant to) {
        return active(List.of(resourceKey), from, to);
    }

    /**
     * The active holds on any of the resources that overlap [from, to), earliest first, in one query
     * (an overview of several rooms).
     *
     * @throws IllegalArgumentException if the window is empty or wider than {@link #MAX_WINDOW}, or more
     *                                  than {@link #MAX_RESOURCES} resources are asked for
     */
    @Transactional(readOnly = true)
    public List<Hold> active(Collection<String> resourceKeys, Instant from, Instant to) {
        if (!from.isBefore(to) || Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException(
                    "A window is from 1 µs to " + MAX_WINDOW.toDays() + " days: " + from + " to " + to);
        }
        if (resourceKeys.isEmpty()) {
            return List.of();
        }
        if (resourceKeys.size() > MAX_RESOURCES) {
            throw new IllegalArgumentException(
                    "At most " + MAX_RESOURCES + " resources at once, not " + resourceKeys.size());
        }
        return jdbc.sql(SELECT + """
                 WHERE resource_key = ANY(:resources) AND status = 'ACTIVE' AND period && tstzrange(:from, :to, '[)')
                 ORDER BY lower(period), id LIMIT
                """ + MAX_ROWS)
                .param("resources", resourceKeys.toArray(String[]::new))
                .param("from", offset(micros(from)))
                .param("to", offset(micros(to)))
                .query(HOLD)
                .list();
    }

    private List<Hold> overlapping(String resourceKey, Instant from, Instant to) {
        return jdbc.sql(SELECT + """
                 WHERE resource_key = :resource AND status = 'ACTIVE' AND period && tstzrange(:from, :to, '[)')
                 ORDER BY lower(period), id LIMIT 100
                """)
                .param("resource", resourceKey)
                .param("from", offset(from))
                .param("to", offset(to))
                .query(HOLD)
                .list();
    }

    private static final String SELECT =
            "SELECT id, resource_key, lower(period) AS starts_at, upper(period) AS ends_at, reference FROM booking_hold";

    private static Hold hold(ResultSet rs, int row) throws SQLException {
        return new Hold(
                rs.getLong("id"),
                rs.getString("resource_key"),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
                rs.getString("reference"));
    }

    private static boolean isExclusionViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void checkKey(String key, String what) {
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new IllegalArgumentException("A " + what + " is 1 to 200 characters: " + key);
        }
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
