package se.bygdeportalen.decisions.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;

/**
 * A registrar removes an agenda item no decision or document refers to; the later items move up one
 * number. Not once the minutes are approved.
 */
@Component
public class RemoveAgendaItem {

    public record Command(long meetingId, long itemId) {}

    private final MeetingRepository meetings;
    private final EditableRecords editable;
    private final AuditLog audit;

    RemoveAgendaItem(MeetingRepository meetings, EditableRecords editable, AuditLog audit) {
        this.meetings = meetings;
        this.editable = editable;
        this.audit = audit;
    }

    @Transactional
    public Result removeAgendaItem(Command command, Actor actor) {
        long meetingId = command.meetingId();
        Meeting meeting = meetings.findForUpdate(meetingId).orElseThrow(Problem::notFound);
        AgendaItem item = editable.item(meeting, command.itemId(), actor);
        if (meetings.itemInUse(item.id())) {
            throw MeetingState.conflict(meeting, "decisions.item.inUse");
        }
        meetings.removeAgendaItem(meetingId, item.id(), item.number());
        meetings.touch(meetingId);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("meetingId", meetingId);
        before.put("number", item.number());
        before.put("caseNumber", item.caseNumber());
        before.put("title", item.title().toJson());
        audit.record(
                actor,
                DecisionsAudit.AGENDA_ITEM_REMOVED,
                "decisions_agenda_item",
                item.id(),
                "Removed item " + item.number() + " from the agenda of meeting " + meetingId,
                before,
                null);
        return Result.saved(item.id());
    }
}
