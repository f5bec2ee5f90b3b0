package se.bygdeportalen.platform.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mail outbox. With the defaults a mail is tried 20 times over about three days (1, 2, 4 …
 * minutes, then every 6 hours) before it is given up, so an SMTP outage of a weekend loses nothing.
 *
 * @param from              the From header, e.g. {@code Övertorneå kommun <noreply@overtornea.se>}
 * @param sendInterval      pause between two runs of the sender
 * @param batchSize         mails one sender claims at a time
 * @param maxAttempts       attempts before a mail is given up (FAILED)
 * @param retryInitialDelay delay after the first failed attempt; it doubles with each further one
 * @param retryMaxDelay     the longest delay between two attempts
 * @param retention         how long sent and given-up mail is kept before it is deleted
 */
@ConfigurationProperties("bygdeportalen.mail")
public record MailOutboxProperties(
        @DefaultValue("") String from,
        @DefaultValue("15s") Duration sendInterval,
        @DefaultValue("10") int batchSize,
        @DefaultValue("20") int maxAttempts,
        @DefaultValue("1m") Duration retryInitialDelay,
        @DefaultValue("6h") Duration retryMaxDelay,
        @DefaultValue("30d") Duration retention) {

    public MailOutboxProperties {
        if (batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("bygdeportalen.mail.batch-size and max-attempts must be at least 1");
        }
        if (!positive(sendInterval)
                || !positive(retryInitialDelay)
                || retryMaxDelay.compareTo(retryInitialDelay) < 0
                || !positive(retention)) {
            throw new IllegalArgumentException(
                    "bygdeportalen.mail durations must be positive, retry-max-delay at least retry-initial-delay");
        }
    }

    /** The wait after the given number of failed attempts: the initial delay, doubled per attempt, capped. */
    Duration retryDelay(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration delay = retryInitialDelay.multipliedBy(1L << doublings);
        return delay.compareTo(retryMaxDelay) > 0 ? retryMaxDelay : delay;
    }

    private static boolean positive(Duration d) {
        return d != null && !d.isNegative() && !d.isZero();
    }
}
