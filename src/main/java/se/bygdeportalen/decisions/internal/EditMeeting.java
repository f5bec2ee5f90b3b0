package se.bygdeportalen.decisions.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.audit.Changes;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;

/**
 * A registrar corrects a meeting's date, times, place or online link, with the same checks as
 * planning: overlap with the body's other meetings, and, when the meeting is moved, the notice rule
 * (reckoned from the notice already published, or from today) as an overridable warning. A meeting
 * whose minutes are approved or that was cancelled cannot be changed.
 */
@Component
public class EditMeeting {

    /** @param today the day of the correction (Europe/Stockholm) */
    public record Command(
            long meetingId,
            MeetingDetails details,
            @Nullable WarningOverride override,
            LocalDate today) {}

    private final MeetingRepository meetings;
    private final EditableRecords editable;
    private final TimeLimits limits;
    private final AuditLog audit;
    private final DecisionsProperties settings;

    EditMeeting(
            MeetingRepository meetings,
            EditableRecords editable,
            TimeLimits limits,
            AuditLog audit,
            DecisionsProperties settings) {
        this.meetings = meetings;
        this.editable = editable;
        this.limits = limits;
        this.audit = audit;
        this.settings = settings;
    }

    @Transactional
    public Result editMeeting(Command command, Actor actor) {
        long meetingId = command.meetingId();
        LocalDate today = command.today();
        Meeting meeting = editable.check(meetings.findForUpdate(meetingId).orElseThrow(Problem::notFound), actor);
        Violations violations = new Violations();
        MeetingDetails.Complete d = command.details().check(violations);
        LocalDate date = command.details().date();
        if (date != null && meeting.noticePostedOn() != null && date.isBefore(meeting.noticePostedOn())) {
            violations.reject("date", "decisions.meeting.date.beforeNotice");
        }
        if (violations.any() || d == null) { // a missing detail is a violation above
            return violations.invalid();
        }
        meetings.lockBody(meeting.bodyId());
        if (meetings.overlaps(meeting.bodyId(), d.date(), d.startsAt(), d.endsAt(), meetingId)) {
            return Result.invalid("startsAt", "decisions.meeting.overlaps");
        }
        List<Rule> broken = List.of();
        if (!d.date().equals(meeting.date())) {
            // Moved: the notice already out (or, if none yet, one posted today at the earliest) must still be in time.
            LocalDate noticeOn = meeting.noticePostedOn() != null ? meeting.noticePostedOn() : today;
            broken = d.date().isBefore(today)
                    ? List.of()
                    : Rule.forNotice(meeting.isCouncil(), d.date(), noticeOn, settings);
        }
        Result stop = limits.stop(broken, command.override(), d.date(), null, today);
        if (stop != null) {
            return stop;
        }
        Changes changes = new Changes()
                .field("date", meeting.date(), d.date())
                .field("startsAt", meeting.startsAt(), d.startsAt())
                .field("endsAt", meeting.endsAt(), d.endsAt())
                .field("place", meeting.place(), d.place())
                .field("onlineLink", meeting.onlineLink(), d.onlineLink());
        if (!changes.any()) {
            return Result.saved(meetingId);
        }
        meetings.updateDetails(meetingId, d.date(), d.startsAt(), d.endsAt(), d.place(), d.onlineLink());
        audit.record(
                actor,
                DecisionsAudit.MEETING_EDITED,
                "decisions_meeting",
                meetingId,
                "Corrected " + String.join(", ", changes.names()) + " of the meeting of " + meeting.bodySlug() + " on "
                        + meeting.date(),
                changes.before(),
                changes.after());
        limits.record(actor, meetingId, broken, command.override(), "rescheduled");
        return Result.saved(meetingId);
    }
}
