package se.bygdeportalen.platform.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One db-scheduler for the whole application, running every {@link Task} bean in the context: a
 * module adds a background job by declaring one (a recurring task is put on the schedule at start-up).
 * Executions are claimed through the table {@code scheduled_tasks}, so with several instances each
 * execution runs on exactly one of them. {@link SchedulerLifecycle} starts it once the application
 * is ready. The scheduler is also a {@link com.github.kagkarlsson.scheduler.SchedulerClient}, so
 * modules can inject it to schedule one-time tasks; that works even while it does not run.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulingProperties.class)
class SchedulingConfiguration {

    // No destroy method: SchedulerLifecycle stops it, and only when it was started.
    @Bean(destroyMethod = "")
    @SuppressWarnings({"unchecked", "rawtypes"})
    Scheduler scheduler(DataSource dataSource, ObjectProvider<Task<?>> taskBeans, SchedulingProperties properties) {
        List<Task<?>> tasks = taskBeans.orderedStream().toList();
        // Recurring tasks go in as start tasks, which both registers them and schedules them at start.
        List<Task<?>> plain =
                tasks.stream().filter(t -> !(t instanceof OnStartup)).toList();
        List startTasks = tasks.stream().filter(t -> t instanceof OnStartup).toList();
        return Scheduler.create(dataSource, plain)
                .startTasks(startTasks)
                .threads(properties.threads())
                .pollingInterval(properties.pollingInterval())
                .shutdownMaxWait(properties.shutdownMaxWait())
                .enableImmediateExecution()
                .build();
    }
}
