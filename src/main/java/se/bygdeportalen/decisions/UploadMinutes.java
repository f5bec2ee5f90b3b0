package se.bygdeportalen.decisions;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.files.FileRejectedException;
import se.bygdeportalen.platform.files.FileStorage;
import se.bygdeportalen.platform.files.StoredFile;
import se.bygdeportalen.platform.usecase.Problem;

/** A registrar uploads the signed minutes (PDF) of a meeting whose minutes are approved; a new upload replaces the old. */
@Component
class UploadMinutes {

    private final MeetingRepository meetings;
    private final BodyAccess access;
    private final FileStorage storage;
    private final AuditLog audit;

    UploadMinutes(MeetingRepository meetings, BodyAccess access, FileStorage storage, AuditLog audit) {
        this.meetings = meetings;
        this.access = access;
        this.storage = storage;
        this.audit = audit;
    }

    @Transactional
    boolean upload(long meetingId, MultipartFile file, Errors errors) {
        Meeting meeting = meetings.findForUpdate(meetingId).orElseThrow(Problem::notFound);
        access.check(meeting.bodyId());
        if (!meeting.closed()) {
            throw new MeetingClosedException("decisions.minutes.notApproved");
        }
        StoredFile stored;
        try {
            stored = storage.store(file, AddMeetingDocument.POLICY);
        } catch (FileRejectedException e) {
            se.bygdeportalen.platform.web.FormValues.reject(errors, "file", e.messageKey(), e.args());
            return false;
        }
        if (meeting.minutesFileId() != null) {
            storage.delete(meeting.minutesFileId());
        }
        meetings.minutesFile(meetingId, stored.id());
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("minutesFileId", meeting.minutesFileId() == null ? null : meeting.minutesFileId().toString());
        audit.record("decisions.minutes.uploaded", "decisions_meeting", meetingId,
                "Uploaded the signed minutes of the meeting of " + meeting.bodySlug() + " on " + meeting.date(),
                before, Map.of("minutesFileId", stored.id().toString(), "sizeBytes", stored.sizeBytes()));
        return true;
    }
}
