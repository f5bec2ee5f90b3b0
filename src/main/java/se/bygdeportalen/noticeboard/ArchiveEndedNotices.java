package se.bygdeportalen.noticeboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bygdeportalen.platform.i18n.DateFormats;

/**
 * Marks notices whose period has ended as archived, every night just after midnight (Swedish time).
 * The board's own query filters by date too, so nothing stays up past its day even if this is late.
 */
@Configuration(proxyBeanMethods = false)
class ArchiveEndedNotices {

    static final String TASK = "noticeboard-archive-ended";

    private final NoticeRepository notices;
    private final Clock clock;

    ArchiveEndedNotices(NoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }


    public int archive() {
        return notices.archiveEnded(LocalDate.now(clock.withZone(DateFormats.ZONE)));
    }

    @Bean
    RecurringTask<Void> noticeboardArchiveTask() {
        return Tasks.recurring(TASK, Schedules.daily(DateFormats.ZONE, LocalTime.of(0, 5)))
                .execute((instance, context) -> archive());
    }
}
