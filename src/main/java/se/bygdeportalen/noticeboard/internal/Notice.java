package se.bygdeportalen.noticeboard.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.bygdeportalen.noticeboard.Kind;
import se.bygdeportalen.noticeboard.NoticeBoard;
import se.bygdeportalen.noticeboard.PostedNotice;
import se.bygdeportalen.platform.i18n.TranslatableText;

/** A notice as the board shows it (public for the templates; other modules use {@link NoticeBoard}). */
public record Notice(
        long id,
        Kind kind,
        String sourceModule,
        String sourceRef,
        TranslatableText title,
        @Nullable TranslatableText summary,
        @Nullable String bodySlug,
        LocalDate postedOn,
        @Nullable LocalDate eventDate,
        LocalDate takeDownOn,
        @Nullable LocalDate lastDayToAppeal,
        @Nullable String path,
        @Nullable Instant withdrawnAt,
        @Nullable String withdrawnReason) {

    /** On the board on this day: posted, not yet taken down and not withdrawn. */
    public boolean isUpOn(LocalDate day) {
        return withdrawnAt == null && !day.isBefore(postedOn) && day.isBefore(takeDownOn);
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** Whether the time to appeal is still running on this day. */
    public boolean appealOpenOn(LocalDate day) {
        return lastDayToAppeal != null && withdrawnAt == null && !day.isAfter(lastDayToAppeal);
    }

    PostedNotice posted() {
        return new PostedNotice(id, kind, postedOn, takeDownOn, lastDayToAppeal, path);
    }
}
