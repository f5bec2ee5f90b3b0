package se.bygdeportalen.platform.usecase;

import org.jspecify.annotations.Nullable;

/**
 * Whether an actor may act on a record, the one way every module asks it. Rules fail closed:
 * {@link #check} lets the {@link Actor.System system} through, asks the rule for everyone else and
 * refuses when the rule says no or fails. A refused staff member gets 403 with {@code messageKey};
 * anyone else 404, so a resident cannot learn that another's record exists.
 *
 * <pre>{@code
 * AccessRule<Meeting> mayKeepMinutes = (actor, m) -> organisation.mayKeepRecordsOf(actor, m.bodyId());
 * mayKeepMinutes.check(actor, meeting);   // throws Problem when refused
 * }</pre>
 */
@FunctionalInterface
public interface AccessRule<R> {

    /** The rule itself, asked for every actor except the system. Returning false is always safe. */
    boolean allows(Actor actor, R record);

    /** Whether the actor may act on the record; false on any doubt. */
    default boolean test(@Nullable Actor actor, @Nullable R record) {
        if (actor == null || record == null) {
            return false;
        }
        if (actor instanceof Actor.System) {
            return true;
        }
        try {
            return allows(actor, record);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Refuses with a {@link Problem} unless the actor may act on the record. */
    default void check(@Nullable Actor actor, @Nullable R record) {
        if (!test(actor, record)) {
            throw refusal(actor);
        }
    }

    /** The message shown to a refused staff member; override for a more specific one. */
    default String messageKey() {
        return "access.refused";
    }

    private Problem refusal(@Nullable Actor actor) {
        return actor instanceof Actor.Staff ? Problem.forbidden(messageKey()) : Problem.notFound();
    }
}
