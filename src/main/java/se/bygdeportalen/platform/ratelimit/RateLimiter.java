package se.bygdeportalen.platform.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rate limits per person and per address, shared by every app instance: the buckets live in
 * PostgreSQL (table {@code rate_limit_bucket}) and are locked with {@code SELECT ... FOR UPDATE}
 * while an attempt is counted. Typical use:
 * <pre>{@code
 * static final RateLimitPolicy PER_PERSON = new RateLimitPolicy("proposal-submit-person", 5, Duration.ofHours(1));
 * limiter.enforce(PER_PERSON, RateLimitKeys.person(actor));   // or tryConsume(...) to decide yourself
 * }</pre>
 * An attempt is counted on a connection of its own, so it stays counted when the caller's transaction
 * rolls back. A database error is thrown to the caller, which thus fails closed.
 */
@Component
public class RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);
    private static final int CLEANUP_BATCH = 1000;
    // Kept a little beyond the moment the bucket is full again, against clock skew between instances.
    private static final Duration KEEP_AFTER_REFILL = Duration.ofMinutes(1);
    // A stuck row lock must not hold a request thread for long.
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(5);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final JdbcClient jdbc;
    private final BucketIds ids;
    private final Clock clock;
    private final RateLimitProperties properties;
    private final AtomicLong nextCleanupMillis = new AtomicLong();

    RateLimiter(DataSource dataSource, Clock clock, RateLimitProperties properties) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_REFILL))
                .clientClock(new ClockTimeMeter(clock))
                .requestTimeout(QUERY_TIMEOUT)
                .build();
        this.jdbc = JdbcClient.create(dataSource);
        this.ids = BucketIds.withSecret(properties.keySecret());
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * What the limiter decided about one attempt.
     *
     * @param policy     the policy as configured
     * @param allowed    whether the attempt may go ahead; it has then been counted
     * @param remaining  attempts left right now after this one
     * @param retryAfter zero when allowed; otherwise how long until one more attempt is allowed
     */
    public record Decision(RateLimitPolicy policy, boolean allowed, long remaining, Duration retryAfter) {

        /** Whole seconds for a {@code Retry-After} header: rounded up, and at least 1 when refused. */
        public long retryAfterSeconds() {
            if (allowed) {
                return 0;
            }
            long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
            return Math.max(1, seconds);
        }
    }

    /** Counts one attempt against the bucket of {@code key} under {@code policy}, if one is left. */
    public Decision tryConsume(RateLimitPolicy policy, String key) {
        Objects.requireNonNull(key, "key");
        RateLimitPolicy effective = properties.effective(policy);
        if (!properties.enabled()) {
            return new Decision(effective, true, effective.capacity(), Duration.ZERO);
        }
        ConsumptionProbe probe = buckets.builder()
                .build(ids.of(effective, key), () -> configuration(effective))
                .tryConsumeAndReturnRemaining(1);
        removeExpiredNowAndThen();
        if (probe.isConsumed()) {
            return new Decision(effective, true, probe.getRemainingTokens(), Duration.ZERO);
        }
        Decision refused = new Decision(effective, false, 0, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        // The policy name only: the key is an address or a person.
        log.warn("Rate limit {} reached; next attempt allowed in {} s", effective.name(), refused.retryAfterSeconds());
        return refused;
    }

    /**
     * Like {@link #tryConsume}, but a refusal is thrown as {@link RateLimitExceededException}, which Spring
     * MVC answers with 429, a {@code Retry-After} header and the site's error page.
     */
    public Decision enforce(RateLimitPolicy policy, String key) {
        Decision decision = tryConsume(policy, key);
        if (!decision.allowed()) {
            throw new RateLimitExceededException(decision);
        }
        return decision;
    }

    /** A bucket of one key: its policy's name and when it will be full again. */
    public record KeptBucket(String policy, @Nullable Instant fullAgainAt) {}

    /** The buckets kept for a key under any policy, for a person's request for their data. */
    public List<KeptBucket> bucketsOf(String key) {
        return jdbc.sql("SELECT id, expires_at FROM rate_limit_bucket WHERE right(id, :length) = :suffix ORDER BY id")
                .param("length", BucketIds.KEY_SUFFIX_LENGTH)
                .param("suffix", ids.keySuffix(key))
                .query((rs, n) -> {
                    String id = rs.getString("id");
                    long expires = rs.getLong("expires_at");
                    return new KeptBucket(
                            id.substring(0, id.indexOf(':')), rs.wasNull() ? null : Instant.ofEpochMilli(expires));
                })
                .list();
    }

    /**
     * Deletes a key's buckets under every policy, when the person they count is erased; in the caller's
     * transaction, so they go with the rest of the person's data or not at all.
     *
     * @return how many buckets were deleted
     */
    public int forget(String key) {
        return jdbc.sql("DELETE FROM rate_limit_bucket WHERE right(id, :length) = :suffix")
                .param("length", BucketIds.KEY_SUFFIX_LENGTH)
                .param("suffix", ids.keySuffix(key))
                .update();
    }

    /**
     * Deletes every bucket that has been full again for a while; such a row means the same as no row.
     * Requests already do this now and then; a scheduled job may call it too.
     *
     * @return how many buckets were deleted
     */
    public int removeExpired() {
        int total = 0;
        int removed;
        do {
            removed = removeExpiredBatch();
            total += removed;
        } while (removed == CLEANUP_BATCH);
        return total;
    }

    // No scheduler is needed: one request per interval and instance pays for one small DELETE,
    // which skips rows other instances have locked.
    private void removeExpiredNowAndThen() {
        long now = clock.millis();
        long due = nextCleanupMillis.get();
        if (now < due
                || !nextCleanupMillis.compareAndSet(
                        due, now + properties.cleanupInterval().toMillis())) {
            return;
        }
        try {
            removeExpiredBatch();
        } catch (RuntimeException e) {
            log.warn("Could not delete expired rate-limit buckets: {}", e.toString());
        }
    }

    /**
     * Bucket4j's own {@code removeExpired} compares with the system clock; the expiry was written from the
     * platform clock, so it is compared with that one (the same SQL otherwise).
     */
    private int removeExpiredBatch() {
        return jdbc.sql("""
                        DELETE FROM rate_limit_bucket WHERE expires_at < :now AND id IN (
                            SELECT id FROM rate_limit_bucket WHERE expires_at < :now LIMIT :batch FOR UPDATE SKIP LOCKED)
                        """)
                .param("now", clock.millis())
                .param("batch", CLEANUP_BATCH)
                .update();
    }

    private static BucketConfiguration configuration(RateLimitPolicy policy) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(policy.capacity()).refillGreedy(policy.capacity(), policy.period()))
                .build();
    }

    /** Bucket4j's view of the platform clock, so tests can move time instead of sleeping. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
