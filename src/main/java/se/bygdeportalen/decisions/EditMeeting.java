package se.bygdeportalen.decisions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.audit.Changes;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.usecase.Problem;

/**
 * A registrar corrects a meeting's date, times, place or online link, with the same checks as
 * planning: overlap with the body's other meetings, and, when the meeting is moved, the notice rule
 * (reckoned from the notice already published, or from today) as an overridable warning. A meeting
 * whose minutes are approved or that was cancelled cannot be changed.
 */
@Component
class EditMeeting {

    private final MeetingRepository meetings;
    private final BodyAccess access;
    private final Overrides overrides;
    private final AuditLog audit;
    private final Clock clock;
    private final DecisionsProperties settings;

    EditMeeting(MeetingRepository meetings, BodyAccess access, Overrides overrides, AuditLog audit, Clock clock, DecisionsProperties settings) {
        this.meetings = meetings;
        this.access = access;
        this.overrides = overrides;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /** The meeting, if the signed-in registrar may still change it; otherwise 403/409 exceptions. */
    Meeting editable(long meetingId) {
        Meeting meeting = meetings.find(meetingId).orElseThrow(Problem::notFound);
        check(meeting);
        return meeting;
    }

    private void check(Meeting meeting) {
        access.check(meeting.bodyId());
        if (meeting.cancelled()) {
            throw new MeetingClosedException("decisions.meeting.cancelledAlready");
        }
        if (meeting.closed()) {
            throw new MeetingClosedException("decisions.meeting.closedEdit");
        }
    }

    @Transactional
    Outcome edit(long meetingId, DecisionsForms.MeetingEditForm form, Errors errors) {
        LocalDate today = LocalDate.now(clock.withZone(DateFormats.ZONE));
        Meeting meeting = meetings.findForUpdate(meetingId).orElseThrow(Problem::notFound);
        check(meeting);
        PlanMeeting.Details details = PlanMeeting.details(form.date(), form.startsAt(), form.endsAt(), form.place(), form.onlineLink(), errors);
        LocalDate date = details.date();
        LocalTime start = details.start();
        LocalTime end = details.end();
        String place = details.place();
        String link = details.link();
        if (date != null && meeting.noticePostedOn() != null && date.isBefore(meeting.noticePostedOn())) {
            errors.rejectValue("date", "decisions.meeting.date.beforeNotice");
        }
        if (errors.hasErrors()) {
            return Outcome.invalid();
        }
        meetings.lockBody(meeting.bodyId());
        if (meetings.overlaps(meeting.bodyId(), date, start, end, meetingId)) {
            errors.rejectValue("startsAt", "decisions.meeting.overlaps");
            return Outcome.invalid();
        }
        List<Rule> broken = List.of();
        if (!date.equals(meeting.date())) {
            // Moved: the notice already out (or, if none yet, one posted today at the earliest) must still be in time.
            LocalDate noticeOn = meeting.noticePostedOn() != null ? meeting.noticePostedOn() : today;
            broken = date.isBefore(today) ? List.of() : Rule.forNotice(meeting.isCouncil(), date, noticeOn, settings);
        }
        if (!Overrides.mayProceed(broken, form, errors)) {
            return errors.hasErrors() ? Outcome.invalid() : Outcome.confirm(broken);
        }
        Changes changes = new Changes()
                .field("date", meeting.date(), date)
                .field("startsAt", meeting.startsAt(), start)
                .field("endsAt", meeting.endsAt(), end)
                .field("place", meeting.place(), place)
                .field("onlineLink", meeting.onlineLink(), link);
        if (!changes.any()) {
            return Outcome.saved(meetingId);
        }
        meetings.updateDetails(meetingId, date, start, end, place, link);
        audit.record("decisions.meeting.edited", "decisions_meeting", meetingId,
                "Corrected " + String.join(", ", changes.names()) + " of the meeting of " + meeting.bodySlug() + " on " + meeting.date(),
                changes.before(), changes.after());
        overrides.record(meetingId, broken, form, "rescheduled");
        return Outcome.saved(meetingId);
    }
}
