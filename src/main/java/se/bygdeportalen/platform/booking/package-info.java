/**
 * Bookable time ranges: {@link se.bygdeportalen.platform.booking.BookingHolds} holds [start, end) on a
 * resource, and a PostgreSQL exclusion constraint makes sure two overlapping active holds on one
 * resource never both commit, however the requests race (ADR 0014). Premises and sportotek
 * reservations keep their own booking records and hold the time here; a module never checks for
 * overlaps itself.
 *
 * <pre>{@code
 * // in a use case, one transaction:
 * public Result<Long> handle(BookPremises command, Actor actor) {
 *     long bookingId = repository.nextId();
 *     return switch (holds.hold("premises:" + command.premisesId(), command.start(), command.end(),
 *                               "premises-booking:" + bookingId)) {
 *         case HoldResult.Held held -> {
 *             repository.insert(bookingId, command, actor, held.hold().id());
 *             yield Result.saved(bookingId);
 *         }
 *         // nothing was written; show the form again with the times that are taken
 *         case HoldResult.Conflict conflict -> Result.invalid("start", "premises.booking.taken", conflict.conflicting());
 *     };
 * }
 * // cancelling the booking:  holds.releaseAll("premises-booking:" + bookingId)
 * // a week view of three rooms in one query:
 * //   holds.active(List.of("premises:1", "premises:2", "premises:3"), monday, nextMonday)
 * }</pre>
 */
@NullMarked
package se.bygdeportalen.platform.booking;

import org.jspecify.annotations.NullMarked;
