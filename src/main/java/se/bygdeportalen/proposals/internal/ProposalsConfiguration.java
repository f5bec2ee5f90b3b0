package se.bygdeportalen.proposals.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.bygdeportalen.platform.usecase.Actor;

/** The module's settings and its background task (deadline reminders, hourly; each reminder is sent once). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProposalsProperties.class)
public class ProposalsConfiguration {

    public static final String REMIND_TASK = "proposals-remind-deadlines";

    @Bean
    public RecurringTask<Void> proposalDeadlineReminderTask(RemindProposalDeadlines reminders) {
        return Tasks.recurring(REMIND_TASK, Schedules.fixedDelay(Duration.ofHours(1)))
                .execute((instance, context) -> reminders.remind(Actor.system(REMIND_TASK)));
    }
}
