package se.bygdeportalen.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.TestClock;

/**
 * The limiter against the real bucket table. Each test has its own policy name, so it sees only its
 * own buckets; limiters are made here, on the context's database and clock, which a test moves.
 */
@IntegrationTest
class RateLimiterIT {

    private static final String SECRET = "rate-limiter-test-secret-0123456789abcdef";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    private RateLimitPolicy policy;

    @BeforeEach
    void freshPolicy() {
        policy = new RateLimitPolicy("test-" + UUID.randomUUID().toString().substring(0, 8), 3, Duration.ofMinutes(3));
    }

    @Test
    void refusesOnceTheCapacityIsUsedAndSaysHowLongToWait() {
        RateLimiter limiter = limiter(SECRET);

        for (int i = 2; i >= 0; i--) {
            RateLimiter.Decision decision = limiter.tryConsume(policy, "address:192.0.2.1");
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.remaining()).isEqualTo(i);
        }
        RateLimiter.Decision refused = limiter.tryConsume(policy, "address:192.0.2.1");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(1));
        assertThat(refused.retryAfterSeconds()).isEqualTo(60);
        assertThat(limiter.tryConsume(policy, "address:192.0.2.2").allowed())
                .as("another key has its own bucket")
                .isTrue();
    }

    @Test
    void earnsBackOneAttemptPerRefillInterval() {
        RateLimiter limiter = limiter(SECRET);
        for (int i = 0; i < 3; i++) {
            limiter.tryConsume(policy, "k");
        }

        clock.advance(Duration.ofSeconds(59));
        RateLimiter.Decision early = limiter.tryConsume(policy, "k");
        assertThat(early.allowed()).isFalse();
        assertThat(early.retryAfterSeconds()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.tryConsume(policy, "k").allowed()).isTrue();
        assertThat(limiter.tryConsume(policy, "k").allowed()).isFalse();

        clock.advance(Duration.ofHours(1));
        assertThat(limiter.tryConsume(policy, "k").remaining())
                .as("never more than the capacity")
                .isEqualTo(2);
    }

    @Test
    void anotherInstanceWithTheSameSecretSharesTheBuckets() {
        RateLimiter first = limiter(SECRET);
        RateLimiter second = limiter(SECRET);

        first.tryConsume(policy, "person:staff:anna");
        second.tryConsume(policy, "person:staff:anna");
        first.tryConsume(policy, "person:staff:anna");

        assertThat(second.tryConsume(policy, "person:staff:anna").allowed()).isFalse();
        assertThat(limiter("another-secret-for-another-installation-0123")
                        .tryConsume(policy, "person:staff:anna")
                        .allowed())
                .as("a different secret means different buckets")
                .isTrue();
    }

    @Test
    void countsExactlyTheCapacityUnderConcurrentAttempts() throws Exception {
        RateLimitPolicy twenty = new RateLimitPolicy(policy.name(), 20, Duration.ofHours(1));
        RateLimiter first = limiter(SECRET);
        RateLimiter second = limiter(SECRET);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            RateLimiter limiter = i % 2 == 0 ? first : second;
            attempts.add(() -> limiter.tryConsume(twenty, "address:192.0.2.50").allowed());
        }

        long allowed = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Boolean> result : pool.invokeAll(attempts)) {
                allowed += result.get() ? 1 : 0;
            }
        }

        assertThat(allowed).isEqualTo(20);
        assertThat(dataSource
                        .unwrap(HikariDataSource.class)
                        .getHikariPoolMXBean()
                        .getActiveConnections())
                .as("every connection Bucket4j took is back in the pool")
                .isZero();
    }

    @Test
    void storesNeitherTheKeyNorAnythingButHashes() {
        limiter(SECRET).tryConsume(policy, "address:198.51.100.77");
        limiter(SECRET).tryConsume(policy, "username:secret.person");

        List<Map<String, Object>> rows = rows();
        assertThat(rows).hasSize(2);
        for (Map<String, Object> row : rows) {
            String id = (String) row.get("id");
            String state = new String((byte[]) row.get("state"), StandardCharsets.ISO_8859_1);
            assertThat(id).matches(policy.name() + ":[A-Za-z0-9_-]{8}:[A-Za-z0-9_-]{43}");
            assertThat(id + state).doesNotContain("198.51.100.77").doesNotContain("secret.person");
        }
    }

    @Test
    void deletesBucketsThatHaveRefilled() {
        RateLimiter limiter = limiter(SECRET);
        limiter.tryConsume(policy, "a");
        limiter.tryConsume(policy, "b");
        long now = clock.millis();
        assertThat(rows())
                .allSatisfy(row -> assertThat((Long) row.get("expires_at")).isGreaterThan(now));

        // As if the bucket for "a" had been full again for a while.
        jdbc.sql("UPDATE rate_limit_bucket SET expires_at = :past WHERE id = :id")
                .param("past", now - 1000)
                .param("id", BucketIds.withSecret(SECRET).of(policy, "a"))
                .update();

        assertThat(limiter.removeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(rows())
                .extracting(row -> row.get("id"))
                .containsExactly(BucketIds.withSecret(SECRET).of(policy, "b"));
    }

    @Test
    void enforceThrowsTheRefusal() {
        RateLimiter limiter = limiter(SECRET);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.enforce(policy, "k").allowed()).isTrue();
        }

        assertThatThrownBy(() -> limiter.enforce(policy, "k"))
                .isInstanceOfSatisfying(
                        RateLimitExceededException.class,
                        e -> assertThat(e.decision().retryAfterSeconds()).isEqualTo(60));
    }

    @Test
    void whenDisabledLetsEverythingThroughAndStoresNothing() {
        RateLimiter limiter = new RateLimiter(
                dataSource, clock, new RateLimitProperties(false, SECRET, Duration.ofMinutes(1), Map.of()));

        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryConsume(policy, "k").allowed()).isTrue();
        }
        assertThat(rows()).isEmpty();
    }

    private RateLimiter limiter(String secret) {
        return new RateLimiter(
                dataSource, clock, new RateLimitProperties(true, secret, Duration.ofMinutes(1), Map.of()));
    }

    private List<Map<String, Object>> rows() {
        return jdbc.sql("SELECT id, state, expires_at FROM rate_limit_bucket WHERE id LIKE :prefix ORDER BY id")
                .param("prefix", policy.name() + ":%")
                .query()
                .listOfRows();
    }
}
