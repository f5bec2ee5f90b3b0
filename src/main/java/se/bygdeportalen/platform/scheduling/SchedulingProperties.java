package se.bygdeportalen.platform.scheduling;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The background scheduler (db-scheduler).
 *
 * @param enabled         run scheduled tasks; tests turn it off and call the work directly
 * @param threads         executions run at the same time on this instance
 * @param pollingInterval how often this instance looks for due executions
 * @param shutdownMaxWait how long shutdown waits for running executions to finish
 */
@ConfigurationProperties("bygdeportalen.scheduler")
public record SchedulingProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("3") int threads,
        @DefaultValue("10s") Duration pollingInterval,
        @DefaultValue("30s") Duration shutdownMaxWait) {

    public SchedulingProperties {
        if (threads < 1) {
            throw new IllegalArgumentException("bygdeportalen.scheduler.threads must be at least 1");
        }
        if (pollingInterval.isNegative() || pollingInterval.isZero()) {
            throw new IllegalArgumentException("bygdeportalen.scheduler.polling-interval must be positive");
        }
    }
}
