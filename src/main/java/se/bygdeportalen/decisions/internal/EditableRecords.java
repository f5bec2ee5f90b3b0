package se.bygdeportalen.decisions.internal;

import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;

/**
 * The records a registrar may still correct, for the correction forms and the use cases that save
 * them: 404 when missing, 403/404 for another body's records ({@link BodyAccess}), 409 once the
 * minutes are approved or the meeting is cancelled.
 */
@Component
public class EditableRecords {

    private final MeetingRepository meetings;
    private final DecisionRepository decisions;
    private final BodyAccess access;

    EditableRecords(MeetingRepository meetings, DecisionRepository decisions, BodyAccess access) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.access = access;
    }

    public Meeting meeting(long meetingId, Actor actor) {
        return check(meetings.find(meetingId).orElseThrow(Problem::notFound), actor);
    }

    public AgendaItem item(long meetingId, long itemId, Actor actor) {
        return item(meetings.find(meetingId).orElseThrow(Problem::notFound), itemId, actor);
    }

    public Decision decision(long meetingId, long decisionId, Actor actor) {
        return decision(meetings.find(meetingId).orElseThrow(Problem::notFound), decisionId, actor);
    }

    Meeting check(Meeting meeting, Actor actor) {
        access.check(actor, meeting.bodyId());
        MeetingState.requireOpen(meeting, "decisions.meeting.closedEdit");
        return meeting;
    }

    AgendaItem item(Meeting meeting, long itemId, Actor actor) {
        AgendaItem item = meetings.agenda(meeting.id()).stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow(Problem::notFound);
        check(meeting, actor);
        return item;
    }

    Decision decision(Meeting meeting, long decisionId, Actor actor) {
        Decision decision = decisions
                .find(decisionId)
                .filter(d -> d.meetingId() == meeting.id())
                .orElseThrow(Problem::notFound);
        access.check(actor, meeting.bodyId());
        if (meeting.closed()) {
            throw MeetingState.conflict(meeting, "decisions.meeting.closedEdit");
        }
        return decision;
    }
}
