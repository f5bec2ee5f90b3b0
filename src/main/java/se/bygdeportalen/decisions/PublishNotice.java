package se.bygdeportalen.decisions;

import se.bygdeportalen.platform.usecase.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.noticeboard.Kind;
import se.bygdeportalen.noticeboard.NewNotice;
import se.bygdeportalen.noticeboard.NoticeBoard;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.i18n.TranslatableText;

/**
 * A registrar publishes the notice of a meeting. The council's notice (kungörelse) is posted on
 * the notice board and must be there at least a week before the meeting.
 */
@Component
class PublishNotice {

    static final String MODULE = "decisions";

    private final MeetingRepository meetings;
    private final BodyAccess access;
    private final Overrides overrides;
    private final NoticeBoard noticeBoard;
    private final MeetingTexts texts;
    private final AuditLog audit;
    private final DecisionsProperties settings;

    PublishNotice(MeetingRepository meetings, BodyAccess access, Overrides overrides, NoticeBoard noticeBoard, MeetingTexts texts,
                  AuditLog audit, DecisionsProperties settings) {
        this.meetings = meetings;
        this.access = access;
        this.overrides = overrides;
        this.noticeBoard = noticeBoard;
        this.texts = texts;
        this.audit = audit;
        this.settings = settings;
    }

    static String noticeRef(long meetingId) {
        return "meeting-" + meetingId + "-notice";
    }

    static String minutesRef(long meetingId) {
        return "meeting-" + meetingId + "-minutes";
    }

    /** @param postedOn today (Europe/Stockholm) for a registrar; the demo data passes earlier days */
    @Transactional
    Outcome publish(long meetingId, LocalDate postedOn, DecisionsForms.NoticeForm form, Errors errors) {
        Meeting meeting = meetings.findForUpdate(meetingId).orElseThrow(se.bygdeportalen.platform.usecase.Problem::notFound);
        access.check(meeting.bodyId());
        if (meeting.cancelled()) {
            throw new MeetingClosedException("decisions.meeting.cancelledAlready");
        }
        if (meeting.closed()) {
            throw new MeetingClosedException("decisions.meeting.closed");
        }
        if (meeting.noticePostedOn() != null) {
            throw new MeetingClosedException("decisions.notice.already");
        }
        if (postedOn.isAfter(meeting.date())) {
            throw new MeetingClosedException("decisions.notice.afterMeeting");
        }
        List<Rule> broken = Rule.forNotice(meeting, postedOn, settings);
        if (!Overrides.mayProceed(broken, form, errors)) {
            return errors.hasErrors() ? Outcome.invalid() : Outcome.confirm(broken);
        }
        meetings.noticePosted(meetingId, postedOn);
        if (meeting.isCouncil()) {
            TranslatableText title = texts.noticeTitle(meeting);
            noticeBoard.post(new NewNotice(Kind.MEETING_NOTICE, MODULE, noticeRef(meetingId), title,
                    texts.noticeSummary(meeting), meeting.bodySlug(), postedOn, meeting.date(), "/sammantraden/" + meetingId));
        }
        audit.record("decisions.notice.published", "decisions_meeting", meetingId,
                "Published the notice of the meeting of " + meeting.bodySlug() + " on " + meeting.date(),
                Map.of(), Map.of("noticePostedOn", postedOn.toString(), "onNoticeBoard", meeting.isCouncil()));
        overrides.record(meetingId, broken, form, "notice published");
        return Outcome.saved(meetingId);
    }
}
