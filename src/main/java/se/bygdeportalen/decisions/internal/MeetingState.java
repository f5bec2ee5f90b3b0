package se.bygdeportalen.decisions.internal;

import se.bygdeportalen.platform.usecase.Problem;

/** The meeting states that refuse a change (409 with a way back to the meeting), said once for every use case. */
final class MeetingState {

    private MeetingState() {}

    static Problem conflict(Meeting meeting, String messageKey) {
        return Problem.conflict(messageKey).withBack("/admin/sammantraden/" + meeting.id(), "decisions.admin.back");
    }

    /** Refuses a cancelled meeting, and one whose minutes are approved with {@code closedKey}. */
    static void requireOpen(Meeting meeting, String closedKey) {
        if (meeting.cancelled()) {
            throw conflict(meeting, "decisions.meeting.cancelledAlready");
        }
        if (meeting.closed()) {
            throw conflict(meeting, closedKey);
        }
    }
}
