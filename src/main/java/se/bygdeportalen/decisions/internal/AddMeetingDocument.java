package se.bygdeportalen.decisions.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.files.FileStorage;
import se.bygdeportalen.platform.files.StoredFile;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;

/** A registrar attaches a PDF document to a meeting or one of its agenda items. */
@Component
public class AddMeetingDocument {

    public static final int MAX_TITLE = 200;

    /** @param agendaItemId the item the document belongs to, or null for the meeting as a whole */
    public record Command(
            long meetingId,
            @Nullable String title,
            @Nullable Long agendaItemId,
            @Nullable Upload file) {}

    private final MeetingRepository meetings;
    private final BodyAccess access;
    private final FileStorage storage;
    private final AuditLog audit;

    AddMeetingDocument(MeetingRepository meetings, BodyAccess access, FileStorage storage, AuditLog audit) {
        this.meetings = meetings;
        this.access = access;
        this.storage = storage;
        this.audit = audit;
    }

    @Transactional
    public Result addMeetingDocument(Command command, Actor actor) {
        long meetingId = command.meetingId();
        Meeting meeting = meetings.findForUpdate(meetingId).orElseThrow(Problem::notFound);
        access.check(actor, meeting.bodyId());
        if (meeting.cancelled()) {
            throw MeetingState.conflict(meeting, "decisions.meeting.cancelledAlready");
        }
        Violations violations = new Violations();
        String title = command.title() == null ? "" : command.title().strip();
        if (title.isEmpty()) {
            violations.reject("title", "NotBlank");
        } else if (title.length() > MAX_TITLE) {
            violations.reject("title", "decisions.tooLong", MAX_TITLE);
        }
        Long itemId = command.agendaItemId();
        if (itemId != null && meetings.agenda(meetingId).stream().noneMatch(i -> i.id() == itemId)) {
            violations.reject("agendaItemId", "NotNull");
        }
        if (violations.any()) {
            return violations.invalid();
        }
        StoredFile stored;
        switch (Uploads.store(storage, command.file())) {
            case Uploads.Refused refused -> {
                return refused.invalid();
            }
            case Uploads.Accepted accepted -> stored = accepted.file();
        }
        long id = meetings.addDocument(meetingId, itemId, stored.id(), title, stored.sizeBytes());
        meetings.touch(meetingId);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("meetingId", meetingId);
        after.put("agendaItemId", itemId);
        after.put("title", title);
        after.put("fileId", stored.id().toString());
        after.put("sizeBytes", stored.sizeBytes());
        audit.recordCreate(
                actor,
                DecisionsAudit.DOCUMENT_ADDED,
                "decisions_document",
                id,
                "Added the document \"" + title + "\" to meeting " + meetingId,
                after);
        return Result.saved(id);
    }
}
