package se.bygdeportalen.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** The policy arithmetic, the configured overrides and what a refusal tells the client. */
class RateLimitPolicyTest {

    @Test
    void earnsBackOneAttemptPerPeriodDividedByCapacity() {
        assertThat(new RateLimitPolicy("a", 20, Duration.ofMinutes(5)).refillInterval())
                .isEqualTo(Duration.ofSeconds(15));
        assertThat(new RateLimitPolicy("b", 10, Duration.ofMinutes(15)).refillInterval())
                .isEqualTo(Duration.ofSeconds(90));
        assertThat(new RateLimitPolicy("c", 3, Duration.ofSeconds(1)).refillInterval())
                .isEqualTo(Duration.ofNanos(333_333_333));
    }

    @Test
    void signInDefaultsAreTwentyPerFiveMinutesPerAddressAndTenPerQuarterPerUsername() {
        assertThat(StaffSignInRateLimitFilter.PER_ADDRESS)
                .isEqualTo(new RateLimitPolicy("staff-login-address", 20, Duration.ofMinutes(5)));
        assertThat(StaffSignInRateLimitFilter.PER_USERNAME)
                .isEqualTo(new RateLimitPolicy("staff-login-username", 10, Duration.ofMinutes(15)));
        assertThat(properties(Map.of()).effective(StaffSignInRateLimitFilter.PER_ADDRESS))
                .isEqualTo(StaffSignInRateLimitFilter.PER_ADDRESS);
    }

    @Test
    void refusesNamesThatCannotBeLoggedOrConfiguredSafely() {
        assertThatThrownBy(() -> new RateLimitPolicy("Staff Login", 1, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimitPolicy("a\nb", 1, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimitPolicy("", 1, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimitPolicy("x".repeat(61), 1, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesLimitsThatCannotRefill() {
        assertThatThrownBy(() -> new RateLimitPolicy("a", 0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimitPolicy("a", 1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimitPolicy("a", 1, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void propertiesChangeAPolicyByNameAlsoInEnvironmentVariableForm() {
        RateLimitPolicy policy = new RateLimitPolicy("staff-login-address", 20, Duration.ofMinutes(5));

        assertThat(properties(Map.of(
                                "staff-login-address",
                                new RateLimitProperties.PolicySettings(50L, Duration.ofMinutes(10))))
                        .effective(policy))
                .isEqualTo(new RateLimitPolicy("staff-login-address", 50, Duration.ofMinutes(10)));
        assertThat(properties(Map.of("staffloginaddress", new RateLimitProperties.PolicySettings(30L, null)))
                        .effective(policy))
                .isEqualTo(new RateLimitPolicy("staff-login-address", 30, Duration.ofMinutes(5)));
        assertThat(properties(Map.of("other", new RateLimitProperties.PolicySettings(1L, Duration.ofDays(1))))
                        .effective(policy))
                .isEqualTo(policy);
    }

    @Test
    void retryAfterIsRoundedUpToWholeSecondsAndNeverZeroWhenRefused() {
        RateLimitPolicy policy = new RateLimitPolicy("a", 20, Duration.ofMinutes(5));
        assertThat(new RateLimiter.Decision(policy, false, 0, Duration.ofMillis(14_200)).retryAfterSeconds())
                .isEqualTo(15);
        assertThat(new RateLimiter.Decision(policy, false, 0, Duration.ofSeconds(15)).retryAfterSeconds())
                .isEqualTo(15);
        assertThat(new RateLimiter.Decision(policy, false, 0, Duration.ofNanos(1)).retryAfterSeconds())
                .isEqualTo(1);
        assertThat(new RateLimiter.Decision(policy, false, 0, Duration.ZERO).retryAfterSeconds())
                .isEqualTo(1);
        assertThat(new RateLimiter.Decision(policy, true, 19, Duration.ZERO).retryAfterSeconds())
                .isZero();
    }

    @Test
    void aThrownRefusalIsTooManyRequestsWithRetryAfter() {
        RateLimitPolicy policy = new RateLimitPolicy("a", 20, Duration.ofMinutes(5));
        RateLimitExceededException refused =
                new RateLimitExceededException(new RateLimiter.Decision(policy, false, 0, Duration.ofSeconds(15)));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("15");
        assertThat(refused.decision().policy()).isEqualTo(policy);
    }

    static RateLimitProperties properties(Map<String, RateLimitProperties.PolicySettings> policies) {
        return new RateLimitProperties(true, null, Duration.ofMinutes(1), policies);
    }
}
