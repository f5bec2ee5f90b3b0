package se.bygdeportalen.platform.scheduling;

import java.time.Duration;

/**
 * Aggregates a module's pages show but must not compute on every view, such as statistics over every
 * proposal. Declare one as a bean; {@link Snapshots#get} serves the stored copy (one row, whatever the
 * data), and the {@code snapshot-refresh} task recomputes it once it is older than {@link #interval()}.
 * The value is stored as JSON: a record of numbers, text, dates, lists and nested records.
 *
 * @param <T> the value's type
 */
public interface SnapshotSource<T> {

    /** A stable name, {@code <module>.<what>}, e.g. {@code proposals.statistics}. */
    String name();

    Class<T> type();

    /** Computes the value from the module's own tables. */
    T compute();

    /** How old the stored value may grow before the task recomputes it: what the page may lag behind. */
    default Duration interval() {
        return Duration.ofMinutes(5);
    }
}
