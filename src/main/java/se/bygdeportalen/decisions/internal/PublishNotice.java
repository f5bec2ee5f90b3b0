package se.bygdeportalen.decisions.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.noticeboard.Kind;
import se.bygdeportalen.noticeboard.NewNotice;
import se.bygdeportalen.noticeboard.NoticeBoard;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;

/**
 * A registrar publishes the notice of a meeting. The council's notice (kungörelse) is posted on
 * the notice board and must be there at least a week before the meeting.
 */
@Component
public class PublishNotice {

    public static final String MODULE = "decisions";

    /** @param postedOn today (Europe/Stockholm) for a registrar; the demo data passes earlier days */
    public record Command(long meetingId, @Nullable WarningOverride override, LocalDate postedOn) {}

    private final MeetingRepository meetings;
    private final BodyAccess access;
    private final TimeLimits limits;
    private final NoticeBoard noticeBoard;
    private final MeetingTexts texts;
    private final AuditLog audit;
    private final DecisionsProperties settings;

    PublishNotice(
            MeetingRepository meetings,
            BodyAccess access,
            TimeLimits limits,
            NoticeBoard noticeBoard,
            MeetingTexts texts,
            AuditLog audit,
            DecisionsProperties settings) {
        this.meetings = meetings;
        this.access = access;
        this.limits = limits;
        this.noticeBoard = noticeBoard;
        this.texts = texts;
        this.audit = audit;
        this.settings = settings;
    }

    public static String noticeRef(long meetingId) {
        return "meeting-" + meetingId + "-notice";
    }

    public static String minutesRef(long meetingId) {
        return "meeting-" + meetingId + "-minutes";
    }

    @Transactional
    public Result publishNotice(Command command, Actor actor) {
        long meetingId = command.meetingId();
        LocalDate postedOn = command.postedOn();
        Meeting meeting = meetings.findForUpdate(meetingId).orElseThrow(Problem::notFound);
        access.check(actor, meeting.bodyId());
        MeetingState.requireOpen(meeting, "decisions.meeting.closed");
        if (meeting.noticePostedOn() != null) {
            throw MeetingState.conflict(meeting, "decisions.notice.already");
        }
        if (postedOn.isAfter(meeting.date())) {
            throw MeetingState.conflict(meeting, "decisions.notice.afterMeeting");
        }
        List<Rule> broken = Rule.forNotice(meeting, postedOn, settings);
        Result stop = limits.stop(broken, command.override(), meeting.date(), null, postedOn);
        if (stop != null) {
            return stop;
        }
        meetings.noticePosted(meetingId, postedOn);
        if (meeting.isCouncil()) {
            TranslatableText title = texts.noticeTitle(meeting);
            noticeBoard.post(new NewNotice(
                    Kind.MEETING_NOTICE,
                    MODULE,
                    noticeRef(meetingId),
                    title,
                    texts.noticeSummary(meeting),
                    meeting.bodySlug(),
                    postedOn,
                    meeting.date(),
                    "/sammantraden/" + meetingId));
        }
        audit.record(
                actor,
                DecisionsAudit.NOTICE_PUBLISHED,
                "decisions_meeting",
                meetingId,
                "Published the notice of the meeting of " + meeting.bodySlug() + " on " + meeting.date(),
                Map.of(),
                Map.of("noticePostedOn", postedOn.toString(), "onNoticeBoard", meeting.isCouncil()));
        limits.record(actor, meetingId, broken, command.override(), "notice published");
        return Result.saved(meetingId);
    }
}
