package se.bygdeportalen.platform.ratelimit;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the rate limiter, under {@code bygdeportalen.ratelimit}.
 *
 * @param enabled         {@code false} lets every attempt through without touching the database (for load
 *                        tests); default {@code true}
 * @param keySecret       the HMAC key that turns addresses and person ids into bucket ids; at least 32
 *                        characters. Every instance behind one load balancer must have the same secret, or
 *                        each instance counts on its own. Unset, each start makes a random one: buckets live
 *                        for minutes, so a restart only forgets the running counts
 * @param cleanupInterval how often an instance deletes expired buckets, on the back of a request; default 1 minute
 * @param policies        changes to a policy by its name, such as {@code policies.staff-login-address.capacity=20};
 *                        as environment variables the dashes are left out
 *                        ({@code BYGDEPORTALEN_RATELIMIT_POLICIES_STAFFLOGINADDRESS_CAPACITY})
 */
@ConfigurationProperties("bygdeportalen.ratelimit")
record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        String keySecret,
        @DefaultValue("1m") Duration cleanupInterval,
        Map<String, PolicySettings> policies) {

    RateLimitProperties {
        policies = policies == null ? Map.of() : Map.copyOf(policies);
    }

    /**
     * A policy's capacity and period as configured; either may be left out to keep the default in code.
     *
     * @param capacity attempts in a burst
     * @param period   time in which an empty bucket fills up again
     */
    record PolicySettings(Long capacity, Duration period) {}

    /** The policy as configured: the code's defaults with whatever the properties change. */
    RateLimitPolicy effective(RateLimitPolicy policy) {
        String wanted = canonical(policy.name());
        for (Map.Entry<String, PolicySettings> entry : policies.entrySet()) {
            if (canonical(entry.getKey()).equals(wanted) && entry.getValue() != null) {
                return policy.with(entry.getValue().capacity(), entry.getValue().period());
            }
        }
        return policy;
    }

    // Environment variables cannot carry dashes in map keys, so names are compared without them.
    private static String canonical(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
