package se.bygdeportalen.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Bucket ids are keyed hashes: stable under one secret, and telling nothing about the key. */
class BucketIdsTest {

    private static final String SECRET = "a-test-secret-that-is-long-enough-0123456789";
    private static final RateLimitPolicy POLICY = new RateLimitPolicy("staff-login-address", 20, Duration.ofMinutes(5));

    @Test
    void sameSecretPolicyAndKeyGiveTheSameId() {
        String id = BucketIds.withSecret(SECRET).of(POLICY, "address:192.0.2.10");

        assertThat(BucketIds.withSecret(SECRET).of(POLICY, "address:192.0.2.10"))
                .isEqualTo(id);
        // Policy name, a short hash of its settings, and 32 bytes of HMAC-SHA-256 of the key in unpadded base64url.
        assertThat(id).matches("staff-login-address:[A-Za-z0-9_-]{8}:[A-Za-z0-9_-]{43}");
        assertThat(id).doesNotContain("192.0.2.10").doesNotContain("address:192");
    }

    @Test
    void anyDifferenceGivesADifferentId() {
        BucketIds ids = BucketIds.withSecret(SECRET);
        String id = ids.of(POLICY, "address:192.0.2.10");

        assertThat(ids.of(POLICY, "address:192.0.2.11")).isNotEqualTo(id);
        assertThat(ids.of(new RateLimitPolicy("staff-login-address", 21, Duration.ofMinutes(5)), "address:192.0.2.10"))
                .isNotEqualTo(id);
        assertThat(ids.of(new RateLimitPolicy("staff-login-address", 20, Duration.ofMinutes(6)), "address:192.0.2.10"))
                .isNotEqualTo(id);
        assertThat(BucketIds.withSecret(SECRET + "x").of(POLICY, "address:192.0.2.10"))
                .isNotEqualTo(id);
    }

    /** So that an erasure can find all of one person's buckets, and only with the secret. */
    @Test
    void theSameKeyEndsItsBucketsUnderEveryPolicyAlikeOnlyUnderTheSameSecret() {
        BucketIds ids = BucketIds.withSecret(SECRET);
        String a = ids.of(new RateLimitPolicy("one", 5, Duration.ofMinutes(1)), "person:resident:7");
        String b = ids.of(new RateLimitPolicy("two", 50, Duration.ofDays(1)), "person:resident:7");

        assertThat(a).endsWith(ids.keySuffix("person:resident:7")).isNotEqualTo(b);
        assertThat(b).endsWith(ids.keySuffix("person:resident:7"));
        assertThat(ids.keySuffix("person:resident:7"))
                .hasSize(BucketIds.KEY_SUFFIX_LENGTH)
                .isNotEqualTo(ids.keySuffix("person:resident:8"))
                .isNotEqualTo(BucketIds.withSecret(SECRET + "x").keySuffix("person:resident:7"));
    }

    @Test
    void withoutASecretEachStartGetsARandomOne() {
        assertThat(BucketIds.withSecret(null).of(POLICY, "k"))
                .isNotEqualTo(BucketIds.withSecret(null).of(POLICY, "k"));
        assertThat(BucketIds.withSecret(" ").of(POLICY, "k"))
                .isNotEqualTo(BucketIds.withSecret(" ").of(POLICY, "k"));
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> BucketIds.withSecret("too-short"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bygdeportalen.ratelimit.key-secret");
    }
}
