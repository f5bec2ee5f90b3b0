package se.bygdeportalen.decisions;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.files.FileRejectedException;
import se.bygdeportalen.platform.files.FileStorage;
import se.bygdeportalen.platform.files.StoredFile;
import se.bygdeportalen.platform.files.UploadPolicy;
import se.bygdeportalen.platform.usecase.Problem;

/** A registrar attaches a PDF document to a meeting or one of its agenda items. */
@Component
class AddMeetingDocument {

    /** Meeting documents are PDF only, at most 10 MB (the platform's limit for one uploaded file). */
    static final UploadPolicy POLICY = UploadPolicy.pdf(DataSize.ofMegabytes(10));

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

    /** The document's id; -1 with field errors (an upload the policy refuses is an error at the field {@code file}). */
    @Transactional
    long add(long meetingId, DecisionsForms.DocumentForm form, MultipartFile file, Errors errors) {
        Meeting meeting = meetings.findForUpdate(meetingId).orElseThrow(Problem::notFound);
        access.check(meeting.bodyId());
        if (meeting.cancelled()) {
            throw new MeetingClosedException("decisions.meeting.cancelledAlready");
        }
        String title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty()) {
            errors.rejectValue("title", "NotBlank");
        } else if (title.length() > 200) {
            errors.rejectValue("title", "decisions.tooLong", new Object[]{200}, null);
        }
        Long itemId = null;
        if (form.agendaItemId() != null && !form.agendaItemId().isBlank()) {
            itemId = meetings.agenda(meetingId).stream().filter(i -> String.valueOf(i.id()).equals(form.agendaItemId().strip()))
                    .map(AgendaItem::id).findFirst().orElse(null);
            if (itemId == null) {
                errors.rejectValue("agendaItemId", "NotNull");
            }
        }
        if (errors.hasErrors()) {
            return -1;
        }
        StoredFile stored;
        try {
            stored = storage.store(file, POLICY);
        } catch (FileRejectedException e) {
            se.bygdeportalen.platform.web.FormValues.reject(errors, "file", e.messageKey(), e.args());
            return -1;
        }
        long id = meetings.addDocument(meetingId, itemId, stored.id(), title, stored.sizeBytes());
        meetings.touch(meetingId);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("meetingId", meetingId);
        after.put("agendaItemId", itemId);
        after.put("title", title);
        after.put("fileId", stored.id().toString());
        after.put("sizeBytes", stored.sizeBytes());
        audit.recordCreate("decisions.document.added", "decisions_document", id, "Added the document \"" + title + "\" to meeting " + meetingId, after);
        return id;
    }
}
