package se.bygdeportalen.decisions.internal;

import java.util.UUID;

/** A PDF document of a meeting, attached to one agenda item or to the meeting as a whole. */
public record MeetingDocument(long id, long meetingId, Long agendaItemId, UUID fileId, String title, long sizeBytes) {}
