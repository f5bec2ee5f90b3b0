package se.bygdeportalen.noticeboard;

/** What a notice announces; the kind decides how long it stays on the board. */
public enum Kind {
    /** Notice of a meeting (kungörelse/kallelse): stays up until the day after the meeting. */
    MEETING_NOTICE,
    /** Approval of minutes (justering): stays up three weeks; starts the time to appeal. */
    MINUTES_APPROVED,
    /** Any other notice (e.g. a public consultation): stays up through its event date. */
    OTHER
}
