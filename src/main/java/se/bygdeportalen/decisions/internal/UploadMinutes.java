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

/** A registrar uploads the signed minutes (PDF) of a meeting whose minutes are approved; a new upload replaces the old. */
@Component
public class UploadMinutes {

    public record Command(long meetingId, @Nullable Upload file) {}

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
    public Result uploadMinutes(Command command, Actor actor) {
        long meetingId = command.meetingId();
        Meeting meeting = meetings.findForUpdate(meetingId).orElseThrow(Problem::notFound);
        access.check(actor, meeting.bodyId());
        if (!meeting.closed()) {
            throw MeetingState.conflict(meeting, "decisions.minutes.notApproved");
        }
        StoredFile stored;
        switch (Uploads.store(storage, command.file())) {
            case Uploads.Refused refused -> {
                return refused.invalid();
            }
            case Uploads.Accepted accepted -> stored = accepted.file();
        }
        if (meeting.minutesFileId() != null) {
            storage.delete(meeting.minutesFileId());
        }
        meetings.minutesFile(meetingId, stored.id());
        Map<String, Object> before = new LinkedHashMap<>();
        before.put(
                "minutesFileId",
                meeting.minutesFileId() == null ? null : meeting.minutesFileId().toString());
        audit.record(
                actor,
                DecisionsAudit.MINUTES_UPLOADED,
                "decisions_meeting",
                meetingId,
                "Uploaded the signed minutes of the meeting of " + meeting.bodySlug() + " on " + meeting.date(),
                before,
                Map.of("minutesFileId", stored.id().toString(), "sizeBytes", stored.sizeBytes()));
        return Result.saved(meetingId);
    }
}
