package se.bygdeportalen.decisions.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.bygdeportalen.platform.i18n.DateFormats;

/**
 * A meeting of a political body. Dates and times are local to Övertorneå (Europe/Stockholm).
 *
 * @param noticePostedOn   when the notice of meeting was published (for the council: posted on the notice board)
 * @param approvedOn       when the minutes were approved (justerade); the meeting is closed from then on
 * @param approvalPostedOn when the approval was posted on the notice board
 * @param sequence         grows with each change calendar subscribers should see
 */
public record Meeting(
        long id,
        long bodyId,
        String bodySlug,
        String bodyKind,
        LocalDate date,
        LocalTime startsAt,
        LocalTime endsAt,
        String place,
        @Nullable String onlineLink,
        boolean cancelled,
        @Nullable String cancelReason,
        @Nullable LocalDate noticePostedOn,
        @Nullable LocalDate approvedOn,
        List<String> approvers,
        @Nullable LocalDate approvalPostedOn,
        @Nullable UUID minutesFileId,
        int sequence,
        Instant updatedAt) {

    public enum Status {
        PLANNED,
        NOTICE_PUBLISHED,
        HELD,
        MINUTES_APPROVED,
        CANCELLED
    }

    public boolean isCouncil() {
        return "COUNCIL".equals(bodyKind);
    }

    /** Minutes approved: nothing more may be added to the meeting. */
    public boolean closed() {
        return approvedOn != null;
    }

    public Status status(LocalDate today) {
        if (cancelled) {
            return Status.CANCELLED;
        }
        if (approvedOn != null) {
            return Status.MINUTES_APPROVED;
        }
        if (!date.isAfter(today)) {
            return Status.HELD;
        }
        return noticePostedOn != null ? Status.NOTICE_PUBLISHED : Status.PLANNED;
    }

    public ZonedDateTime start() {
        return date.atTime(startsAt).atZone(DateFormats.ZONE);
    }

    public ZonedDateTime end() {
        return date.atTime(endsAt).atZone(DateFormats.ZONE);
    }
}
