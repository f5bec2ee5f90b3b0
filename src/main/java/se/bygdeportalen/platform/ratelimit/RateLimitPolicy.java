package se.bygdeportalen.platform.ratelimit;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How often one person or address may do something: a token bucket that holds {@code capacity}
 * attempts and earns them back evenly over {@code period}. "20 per 5 minutes" thus allows a burst
 * of 20, then one more every 15 seconds; an empty bucket is full again after 5 minutes.
 * <p>
 * The values here are the defaults in code. Operations can change any policy by name with
 * {@code bygdeportalen.ratelimit.policies.<name>.capacity} and {@code .period}. A changed policy starts
 * with fresh buckets, because the policy is part of each bucket's id.
 *
 * @param name     identifies the policy in logs, in the bucket table and in properties: lower-case
 *                 letters, digits and dashes, such as {@code staff-login-address}
 * @param capacity attempts in a burst, and attempts earned back per period
 * @param period   time in which an empty bucket fills up again
 */
public record RateLimitPolicy(String name, long capacity, Duration period) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    public RateLimitPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(period, "period");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "Rate-limit policy name must be lower-case letters, digits and dashes: " + name);
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("Rate-limit policy " + name + " needs a capacity of at least 1");
        }
        // Bucket4j needs at least one nanosecond per token.
        if (period.isNegative() || period.toNanos() < capacity) {
            throw new IllegalArgumentException(
                    "Rate-limit policy " + name + " needs a period of at least one nanosecond per attempt");
        }
    }

    /** How long it takes to earn back one attempt: also the wait after the bucket has run empty. */
    public Duration refillInterval() {
        return period.dividedBy(capacity);
    }

    /** This policy with the capacity and period replaced where the arguments are not null. */
    RateLimitPolicy with(Long newCapacity, Duration newPeriod) {
        return new RateLimitPolicy(
                name, newCapacity == null ? capacity : newCapacity, newPeriod == null ? period : newPeriod);
    }
}
