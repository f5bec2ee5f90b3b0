package se.bygdeportalen.platform.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the scheduler once the application is ready (migrations done, demo data loaded, web server
 * up), and on shutdown lets running executions finish before the database pool closes. With
 * {@code bygdeportalen.scheduler.enabled=false} it never starts.
 */
@Component
class SchedulerLifecycle implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SchedulerLifecycle.class);

    private final Scheduler scheduler;
    private final SchedulingProperties properties;
    private volatile boolean started;

    SchedulerLifecycle(Scheduler scheduler, SchedulingProperties properties) {
        this.scheduler = scheduler;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (!properties.enabled()) {
            log.info("The scheduler is off (bygdeportalen.scheduler.enabled=false): no background task runs");
            return;
        }
        if (!started) {
            scheduler.start();
            started = true;
        }
    }

    /** Runs before the data source closes, because this bean depends on the scheduler, which depends on it. */
    @Override
    public synchronized void destroy() {
        if (started) {
            scheduler.stop();
            started = false;
        }
    }

    boolean started() {
        return started;
    }
}
