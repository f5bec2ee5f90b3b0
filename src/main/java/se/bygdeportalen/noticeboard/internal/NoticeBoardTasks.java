package se.bygdeportalen.noticeboard.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.usecase.Actor;

/** The notice board's scheduled work, each run as the system actor named after its task. */
@Configuration(proxyBeanMethods = false)
class NoticeBoardTasks {

    @Bean
    RecurringTask<Void> noticeboardArchiveTask(ArchiveEndedNotices archive) {
        return Tasks.recurring(ArchiveEndedNotices.TASK, Schedules.daily(DateFormats.ZONE, LocalTime.of(0, 5)))
                .execute((instance, context) -> archive.archiveEndedNotices(Actor.system(ArchiveEndedNotices.TASK)));
    }
}
