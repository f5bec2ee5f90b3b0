package se.bygdeportalen.proposals;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's settings and its background task (deadline reminders, hourly; each reminder is sent once). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProposalsProperties.class)
class ProposalsConfiguration {

    static final String REMIND_TASK = "proposals-remind-deadlines";

    @Bean
    RecurringTask<Void> proposalDeadlineReminderTask(RemindProposalDeadlines reminders) {
        return Tasks.recurring(REMIND_TASK, Schedules.fixedDelay(Duration.ofHours(1)))
                .execute((instance, context) -> reminders.remind());
    }
}
