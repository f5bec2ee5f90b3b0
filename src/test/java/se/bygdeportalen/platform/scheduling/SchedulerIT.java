package se.bygdeportalen.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import se.bygdeportalen.test.IntegrationTest;

/**
 * Task beans of any module run on the one scheduler, recurring ones on their own, one-time ones when
 * scheduled. The context is closed after the class, so its running scheduler does not outlive the tests.
 */
@IntegrationTest
@Import(SchedulerIT.ModuleTasks.class)
@TestPropertySource(
        properties = {"bygdeportalen.scheduler.enabled=true", "bygdeportalen.scheduler.polling-interval=100ms"})
@DirtiesContext
class SchedulerIT {

    static final CountDownLatch RECURRING_RUNS = new CountDownLatch(2);
    static final CountDownLatch ONE_TIME_RUN = new CountDownLatch(1);
    static final AtomicReference<String> ONE_TIME_DATA = new AtomicReference<>();

    /** What a module would declare. */
    @TestConfiguration
    static class ModuleTasks {
        @Bean
        RecurringTask<Void> testRecurringTask() {
            return Tasks.recurring("test-recurring", Schedules.fixedDelay(Duration.ofMillis(100)))
                    .execute((instance, context) -> RECURRING_RUNS.countDown());
        }

        @Bean
        OneTimeTask<String> testOneTimeTask() {
            return Tasks.oneTime("test-one-time", String.class).execute((instance, context) -> {
                ONE_TIME_DATA.set(instance.getData());
                ONE_TIME_RUN.countDown();
            });
        }
    }

    @Autowired
    Scheduler scheduler;

    @Autowired
    OneTimeTask<String> oneTime;

    @Test
    void recurringTaskBeansRunOnceTheApplicationIsReady() throws InterruptedException {
        assertThat(scheduler.getSchedulerState().isStarted()).isTrue();
        assertThat(RECURRING_RUNS.await(20, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void oneTimeTaskBeansRunWhenAModuleSchedulesThem() throws InterruptedException {
        // db-scheduler keeps its own (real) time; a moment long past is due at once on any clock.
        scheduler.schedule(oneTime.instance("reminder-1", "payload"), Instant.EPOCH);
        assertThat(ONE_TIME_RUN.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(ONE_TIME_DATA.get()).isEqualTo("payload");
    }
}
