package se.bygdeportalen.platform.booking;

import java.util.List;

/** What {@link BookingHolds#hold} gives: the hold, or the active holds that are in the way. */
public sealed interface HoldResult {

    /** The time is held; the hold commits (or rolls back) with the caller's transaction. */
    record Held(Hold hold) implements HoldResult {}

    /**
     * Another active hold overlaps; nothing was written and the caller's transaction can go on.
     *
     * @param conflicting the overlapping active holds, earliest first (at least one)
     */
    record Conflict(List<Hold> conflicting) implements HoldResult {

        public Conflict {
            conflicting = List.copyOf(conflicting);
        }
    }
}
