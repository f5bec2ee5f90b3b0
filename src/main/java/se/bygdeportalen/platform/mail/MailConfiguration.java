package se.bygdeportalen.platform.mail;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox's settings and its two background tasks, which the platform's scheduler runs. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailOutboxProperties.class)
class MailConfiguration {

    static final String SEND_TASK = "mail-outbox-send";
    static final String PURGE_TASK = "mail-outbox-purge";

    /** One execution at a time across all instances; a run stops early when the scheduler shuts down. */
    @Bean
    RecurringTask<Void> mailOutboxSendTask(SendDueMail sender, MailOutboxProperties properties) {
        return Tasks.recurring(SEND_TASK, Schedules.fixedDelay(properties.sendInterval()))
                .execute((instance, context) ->
                        sender.send(() -> context.getSchedulerState().isShuttingDown()));
    }

    @Bean
    RecurringTask<Void> mailOutboxPurgeTask(PurgeOldMail purge) {
        return Tasks.recurring(PURGE_TASK, Schedules.fixedDelay(Duration.ofHours(6)))
                .execute((instance, context) -> purge.purge());
    }
}
