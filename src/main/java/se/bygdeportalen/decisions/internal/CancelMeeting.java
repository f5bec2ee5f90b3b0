package se.bygdeportalen.decisions.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.noticeboard.NoticeBoard;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;

/** A registrar cancels a meeting; calendars mark it cancelled and a posted notice is withdrawn. */
@Component
public class CancelMeeting {

    public static final int MAX_REASON = 500;

    public record Command(long meetingId, @Nullable String reason) {}

    private final MeetingRepository meetings;
    private final DecisionRepository decisions;
    private final BodyAccess access;
    private final NoticeBoard noticeBoard;
    private final AuditLog audit;

    CancelMeeting(
            MeetingRepository meetings,
            DecisionRepository decisions,
            BodyAccess access,
            NoticeBoard noticeBoard,
            AuditLog audit) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.access = access;
        this.noticeBoard = noticeBoard;
        this.audit = audit;
    }

    @Transactional
    public Result cancelMeeting(Command command, Actor actor) {
        long meetingId = command.meetingId();
        Meeting meeting = meetings.findForUpdate(meetingId).orElseThrow(Problem::notFound);
        access.check(actor, meeting.bodyId());
        if (meeting.cancelled()) {
            throw MeetingState.conflict(meeting, "decisions.meeting.cancelledAlready");
        }
        if (meeting.closed() || !decisions.byMeeting(meetingId).isEmpty()) {
            throw MeetingState.conflict(meeting, "decisions.meeting.cancel.hasDecisions");
        }
        String reason = command.reason() == null ? "" : command.reason().strip();
        if (reason.isEmpty()) {
            return Result.invalid("reason", "NotBlank");
        }
        if (reason.length() > MAX_REASON) {
            return Result.invalid("reason", "decisions.tooLong", MAX_REASON);
        }
        meetings.cancel(meetingId, reason);
        if (meeting.noticePostedOn() != null && meeting.isCouncil()) {
            noticeBoard.withdraw(PublishNotice.MODULE, PublishNotice.noticeRef(meetingId), reason);
        }
        audit.record(
                actor,
                DecisionsAudit.MEETING_CANCELLED,
                "decisions_meeting",
                meetingId,
                "Cancelled the meeting of " + meeting.bodySlug() + " on " + meeting.date(),
                Map.of("cancelled", false),
                Map.of("cancelled", true, "reason", reason));
        return Result.saved(meetingId);
    }
}
