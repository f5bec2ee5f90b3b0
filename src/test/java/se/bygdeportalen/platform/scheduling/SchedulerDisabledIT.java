package se.bygdeportalen.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.bygdeportalen.test.IntegrationTest;

/**
 * Tests that drive background work themselves run with the scheduler off (application-test.properties
 * sets {@code bygdeportalen.scheduler.enabled=false} for all of them); it is still there to schedule with.
 */
@IntegrationTest
class SchedulerDisabledIT {

    @Autowired
    Scheduler scheduler;

    @Autowired
    SchedulerLifecycle lifecycle;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSchedulerDoesNotStart() {
        assertThat(lifecycle.started()).isFalse();
        assertThat(scheduler.getSchedulerState().isStarted()).isFalse();
        // Not started, so the recurring tasks (here the mail outbox's) were never put on the schedule either.
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name LIKE 'mail-outbox-%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
