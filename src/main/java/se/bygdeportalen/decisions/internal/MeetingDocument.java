package se.bygdeportalen.decisions.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A PDF document of a meeting, attached to one agenda item or to the meeting as a whole. */
public record MeetingDocument(
        long id, long meetingId, @Nullable Long agendaItemId, UUID fileId, String title, long sizeBytes) {}
