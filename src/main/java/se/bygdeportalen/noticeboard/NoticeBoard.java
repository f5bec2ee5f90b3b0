package se.bygdeportalen.noticeboard;

import java.util.Optional;

/**
 * The module's published API. A notice is identified by the module and record that posted it
 * ({@code "decisions"}, {@code "meeting-42"}); there is at most one live notice per source.
 */
public interface NoticeBoard {

    /**
     * Posts a notice in the caller's transaction (the caller's own audit record covers it) and
     * computes when it is taken down and, for approved minutes, the last day to appeal.
     *
     * @return the notice's id
     * @throws IllegalArgumentException when the notice breaks a rule (e.g. a meeting notice without
     *                                  a meeting date, or a live notice already posted for the source)
     */
    long post(NewNotice notice);

    /** The live (not withdrawn) notice posted for a source, also after it has left the board. */
    Optional<PostedNotice> bySource(String sourceModule, String sourceRef);

    /** Takes a notice off the board at once with a reason shown in the archive; no-op when there is none. */
    void withdraw(String sourceModule, String sourceRef, String reason);
}
