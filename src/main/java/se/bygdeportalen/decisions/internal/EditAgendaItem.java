package se.bygdeportalen.decisions.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.audit.Changes;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;

/** A registrar corrects an agenda item's case number and title. Not once the minutes are approved. */
@Component
public class EditAgendaItem {

    public record Command(
            long meetingId,
            long itemId,
            @Nullable String caseNumber,
            @Nullable TranslatableText title) {}

    private final MeetingRepository meetings;
    private final EditableRecords editable;
    private final AuditLog audit;

    EditAgendaItem(MeetingRepository meetings, EditableRecords editable, AuditLog audit) {
        this.meetings = meetings;
        this.editable = editable;
        this.audit = audit;
    }

    @Transactional
    public Result editAgendaItem(Command command, Actor actor) {
        long meetingId = command.meetingId();
        Meeting meeting = meetings.findForUpdate(meetingId).orElseThrow(Problem::notFound);
        AgendaItem item = editable.item(meeting, command.itemId(), actor);
        Violations violations = new Violations();
        String caseNumber = AddAgendaItem.caseNumber(command.caseNumber(), violations);
        TranslatableText title = command.title();
        if (title == null || title.raw(Lang.SV) == null) {
            violations.reject("title[sv]", "validation.translatable.swedishRequired");
        }
        if (violations.any() || title == null) { // a missing title is a violation above
            return violations.invalid();
        }
        Changes changes = new Changes()
                .field("caseNumber", item.caseNumber(), caseNumber)
                .field("title", item.title().toJson(), title.toJson());
        if (!changes.any()) {
            return Result.saved(item.id());
        }
        meetings.updateAgendaItem(item.id(), caseNumber, title);
        meetings.touch(meetingId);
        audit.record(
                actor,
                DecisionsAudit.AGENDA_ITEM_EDITED,
                "decisions_agenda_item",
                item.id(),
                "Corrected item " + item.number() + " of the agenda of meeting " + meetingId,
                changes.before(),
                changes.after());
        return Result.saved(item.id());
    }
}
