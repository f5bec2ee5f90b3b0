package se.bygdeportalen.noticeboard.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.usecase.AccessRule;
import se.bygdeportalen.platform.usecase.Actor;

/**
 * Marks notices whose period has ended as archived; {@link NoticeBoardTasks} runs it every night just
 * after midnight (Swedish time), acting as the system. The board's own query filters by date too, so
 * nothing stays up past its day even if this is late. The flag changes nothing anyone sees, so it is
 * not audited.
 */
@Component
public class ArchiveEndedNotices {

    public static final String TASK = "noticeboard-archive-ended";

    /** Only the system runs it; every person is refused. */
    private static final AccessRule<String> SYSTEM_ONLY = (actor, task) -> false;

    private final NoticeRepository notices;
    private final Clock clock;

    ArchiveEndedNotices(NoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    /** How many notices were archived now. */
    @Transactional
    public int archiveEndedNotices(Actor actor) {
        SYSTEM_ONLY.check(actor, TASK);
        return notices.archiveEnded(LocalDate.now(clock.withZone(DateFormats.ZONE)));
    }
}
