package se.bygdeportalen.decisions;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.noticeboard.NoticeBoard;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.usecase.Problem;

/** A registrar cancels a meeting; calendars mark it cancelled and a posted notice is withdrawn. */
@Component
class CancelMeeting {

    private final MeetingRepository meetings;
    private final DecisionRepository decisions;
    private final BodyAccess access;
    private final NoticeBoard noticeBoard;
    private final AuditLog audit;

    CancelMeeting(MeetingRepository meetings, DecisionRepository decisions, BodyAccess access, NoticeBoard noticeBoard, AuditLog audit) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.access = access;
        this.noticeBoard = noticeBoard;
        this.audit = audit;
    }

    @Transactional
    boolean cancel(long meetingId, DecisionsForms.CancelForm form, Errors errors) {
        Meeting meeting = meetings.findForUpdate(meetingId).orElseThrow(Problem::notFound);
        access.check(meeting.bodyId());
        if (meeting.cancelled()) {
            throw new MeetingClosedException("decisions.meeting.cancelledAlready");
        }
        if (meeting.closed() || !decisions.byMeeting(meetingId).isEmpty()) {
            throw new MeetingClosedException("decisions.meeting.cancel.hasDecisions");
        }
        String reason = form.reason() == null ? "" : form.reason().strip();
        if (reason.isEmpty()) {
            errors.rejectValue("reason", "NotBlank");
        } else if (reason.length() > 500) {
            errors.rejectValue("reason", "decisions.tooLong", new Object[]{500}, null);
        }
        if (errors.hasErrors()) {
            return false;
        }
        meetings.cancel(meetingId, reason);
        if (meeting.noticePostedOn() != null && meeting.isCouncil()) {
            noticeBoard.withdraw(PublishNotice.MODULE, PublishNotice.noticeRef(meetingId), reason);
        }
        audit.record("decisions.meeting.cancelled", "decisions_meeting", meetingId,
                "Cancelled the meeting of " + meeting.bodySlug() + " on " + meeting.date(),
                Map.of("cancelled", false), Map.of("cancelled", true, "reason", reason));
        return true;
    }
}
