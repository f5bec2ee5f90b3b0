package se.bygdeportalen.decisions;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.audit.Changes;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.web.TranslatableInput;

/**
 * A registrar corrects an agenda item's case number and title, or removes an item no decision or
 * document refers to (the later items move up one number). Not once the minutes are approved.
 */
@Component
class EditAgendaItem {

    private final MeetingRepository meetings;
    private final BodyAccess access;
    private final AuditLog audit;

    EditAgendaItem(MeetingRepository meetings, BodyAccess access, AuditLog audit) {
        this.meetings = meetings;
        this.access = access;
        this.audit = audit;
    }

    /** The item of the meeting, if the registrar may still change it (404/403/409 otherwise). */
    AgendaItem editable(long meetingId, long itemId) {
        Meeting meeting = meetings.find(meetingId).orElseThrow(Problem::notFound);
        return item(meeting, itemId);
    }

    private AgendaItem item(Meeting meeting, long itemId) {
        AgendaItem item = meetings.agenda(meeting.id()).stream().filter(i -> i.id() == itemId).findFirst().orElseThrow(Problem::notFound);
        access.check(meeting.bodyId());
        if (meeting.cancelled()) {
            throw new MeetingClosedException("decisions.meeting.cancelledAlready");
        }
        if (meeting.closed()) {
            throw new MeetingClosedException("decisions.meeting.closedEdit");
        }
        return item;
    }

    @Transactional
    boolean edit(long meetingId, long itemId, DecisionsForms.AgendaItemEditForm form, Errors errors) {
        Meeting meeting = meetings.findForUpdate(meetingId).orElseThrow(Problem::notFound);
        AgendaItem item = item(meeting, itemId);
        String caseNumber = AddAgendaItem.caseNumber(form.caseNumber(), errors);
        TranslatableText title = TranslatableInput.read(form.title(), "title", true, 300, errors);
        if (errors.hasErrors()) {
            return false;
        }
        Changes changes = new Changes().field("caseNumber", item.caseNumber(), caseNumber)
                .field("title", item.title().toJson(), title.toJson());
        if (!changes.any()) {
            return true;
        }
        meetings.updateAgendaItem(itemId, caseNumber, title);
        meetings.touch(meetingId);
        audit.record("decisions.agenda-item.edited", "decisions_agenda_item", itemId,
                "Corrected item " + item.number() + " of the agenda of meeting " + meetingId, changes.before(), changes.after());
        return true;
    }

    @Transactional
    void remove(long meetingId, long itemId) {
        Meeting meeting = meetings.findForUpdate(meetingId).orElseThrow(Problem::notFound);
        AgendaItem item = item(meeting, itemId);
        if (meetings.itemInUse(itemId)) {
            throw new MeetingClosedException("decisions.item.inUse");
        }
        meetings.removeAgendaItem(meetingId, itemId, item.number());
        meetings.touch(meetingId);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("meetingId", meetingId);
        before.put("number", item.number());
        before.put("caseNumber", item.caseNumber());
        before.put("title", item.title().toJson());
        audit.record("decisions.agenda-item.removed", "decisions_agenda_item", itemId,
                "Removed item " + item.number() + " from the agenda of meeting " + meetingId, before, null);
    }
}
