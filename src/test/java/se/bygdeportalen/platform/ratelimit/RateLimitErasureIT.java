package se.bygdeportalen.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.bygdeportalen.platform.manifest.ModuleRegistry;
import se.bygdeportalen.platform.manifest.PersonalDataCategory;
import se.bygdeportalen.platform.manifest.PersonalDataCategory.Person;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.test.IntegrationTest;

/**
 * The rate limits' erasure hook: a resident's buckets under every policy are found and deleted,
 * another person's stay.
 */
@IntegrationTest
class RateLimitErasureIT {

    private static final RateLimitPolicy SUBMIT = new RateLimitPolicy("erasure-test-submit", 5, Duration.ofHours(1));
    private static final RateLimitPolicy SUPPORT = new RateLimitPolicy("erasure-test-support", 50, Duration.ofDays(1));

    @Autowired
    RateLimiter limiter;

    @Autowired
    ModuleRegistry modules;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    private PersonalDataCategory rateLimits() {
        return modules.personalData().stream()
                .filter(c -> c.id().equals("rate-limits"))
                .findFirst()
                .orElseThrow();
    }

    private long buckets(String policy) {
        return jdbc.sql("SELECT count(*) FROM rate_limit_bucket WHERE id LIKE :p")
                .param("p", policy + ":%")
                .query(Long.class)
                .single();
    }

    @Test
    void aResidentsBucketsUnderEveryPolicyAreExportedAndErased() {
        long resident = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        long other = resident + 1;
        limiter.tryConsume(SUBMIT, RateLimitKeys.person(new Actor.Resident(resident)));
        limiter.tryConsume(SUPPORT, RateLimitKeys.person(new Actor.Resident(resident)));
        limiter.tryConsume(SUPPORT, RateLimitKeys.person(new Actor.Resident(other)));
        long submitBefore = buckets(SUBMIT.name());
        long supportBefore = buckets(SUPPORT.name());

        Person person = new Person(resident, Set.of());
        assertThat(rateLimits().exporter().export(person))
                .extracting(row -> row.get("limit"))
                .containsExactlyInAnyOrder(SUBMIT.name(), SUPPORT.name());

        assertThat((Integer) tx.execute(s -> rateLimits().eraser().erase(person)))
                .isEqualTo(2);

        assertThat(rateLimits().exporter().export(person)).isEmpty();
        assertThat(rateLimits().exporter().export(new Person(other, Set.of()))).hasSize(1);
        assertThat(buckets(SUBMIT.name())).isEqualTo(submitBefore - 1);
        assertThat(buckets(SUPPORT.name())).isEqualTo(supportBefore - 1);
        // The limit starts afresh: all five attempts are there again.
        assertThat(limiter.tryConsume(SUBMIT, RateLimitKeys.person(new Actor.Resident(resident)))
                        .remaining())
                .isEqualTo(4);
    }
}
