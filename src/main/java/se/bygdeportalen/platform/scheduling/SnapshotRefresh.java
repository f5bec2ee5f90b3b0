package se.bygdeportalen.platform.scheduling;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code snapshot-refresh} task: every minute (one instance at a time across the cluster) it
 * recomputes each {@link SnapshotSource} whose stored value is older than the source's interval.
 */
@Configuration(proxyBeanMethods = false)
class SnapshotRefresh {

    static final String TASK = "snapshot-refresh";

    @Bean
    RecurringTask<Void> snapshotRefreshTask(Snapshots snapshots) {
        return Tasks.recurring(TASK, Schedules.fixedDelay(Duration.ofMinutes(1)))
                .execute((instance, context) -> snapshots.refreshDue());
    }
}
