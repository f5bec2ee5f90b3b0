package se.bygdeportalen.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.bygdeportalen.test.IntegrationTest;

/**
 * Staff sign-in attempts are limited per address and per username before the password is checked.
 * The limits are pinned here, with periods so long that a slow run cannot earn an attempt back
 * (20 per 20 hours: one more per hour); each test uses addresses and usernames of its own.
 */
@IntegrationTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(
        properties = {
            "bygdeportalen.ratelimit.enabled=true",
            "bygdeportalen.ratelimit.key-secret=staff-sign-in-rate-limit-test-secret-0123456789",
            "bygdeportalen.ratelimit.policies.staff-login-address.capacity=20",
            "bygdeportalen.ratelimit.policies.staff-login-address.period=20h",
            "bygdeportalen.ratelimit.policies.staff-login-username.capacity=10",
            "bygdeportalen.ratelimit.policies.staff-login-username.period=10h"
        })
class StaffSignInRateLimitIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    @Autowired
    RateLimitProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTwentyFirstAttemptFromOneAddressIsRefused(CapturedOutput output) throws Exception {
        for (int i = 1; i <= 20; i++) {
            mvc.perform(signIn("rl-address-" + i, "10.0.0.1")).andExpect(status().isFound());
        }

        mvc.perform(signIn("rl-address-21", "10.0.0.1"))
                .andExpect(status().isTooManyRequests())
                .andExpect(retryAfterAtMostAnHour())
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().doesNotExist("Location"));

        mvc.perform(signIn("rl-address-22", "10.0.0.2")).andExpect(status().isFound());
        assertThat(output.getOut()
                        .lines()
                        .filter(line -> line.contains("Rate limit"))
                        .toList())
                .anySatisfy(line -> assertThat(line).contains("Rate limit staff-login-address reached"))
                .allSatisfy(line -> assertThat(line).doesNotContain("10.0.0.1").doesNotContain("rl-address"));
    }

    @Test
    void theBucketsAreInTheDatabaseForEveryInstance() throws Exception {
        for (int i = 1; i <= 20; i++) {
            mvc.perform(signIn("rl-shared-" + i, "10.0.3.1")).andExpect(status().isFound());
        }

        // A second app instance: its own limiter and proxy manager, the same database and secret.
        RateLimiter otherInstance = new RateLimiter(dataSource, clock, properties);

        assertThat(otherInstance
                        .tryConsume(StaffSignInRateLimitFilter.PER_ADDRESS, RateLimitKeys.address(from("10.0.3.1")))
                        .allowed())
                .isFalse();
        assertThat(otherInstance
                        .tryConsume(StaffSignInRateLimitFilter.PER_ADDRESS, RateLimitKeys.address(from("10.0.3.2")))
                        .allowed())
                .isTrue();
    }

    @Test
    void theUsernameLimitHoldsAcrossAddresses() throws Exception {
        for (int i = 1; i <= 10; i++) {
            // Case and spaces do not make a new username.
            String username = i % 2 == 0 ? "rl-victim" : "  RL-Victim ";
            mvc.perform(signIn(username, "10.0.1." + i)).andExpect(status().isFound());
        }

        mvc.perform(signIn("rl-victim", "10.0.1.11"))
                .andExpect(status().isTooManyRequests())
                .andExpect(retryAfterAtMostAnHour());
        mvc.perform(signIn("rl-someone-else", "10.0.1.11")).andExpect(status().isFound());
    }

    @Test
    void onlyPostingTheSignInFormCounts() throws Exception {
        for (int i = 0; i < 25; i++) {
            mvc.perform(get("/admin/login").with(address("10.0.2.1"))).andExpect(status().isOk());
        }

        mvc.perform(signIn("rl-after-get", "10.0.2.1")).andExpect(status().isFound());
    }

    @Test
    void noAddressOrUsernameIsStored() throws Exception {
        mvc.perform(signIn("rl-private-name", "10.0.4.77")).andExpect(status().isFound());

        List<Map<String, Object>> rows =
                jdbc.sql("SELECT id, state FROM rate_limit_bucket").query().listOfRows();
        assertThat(rows).isNotEmpty();
        for (Map<String, Object> row : rows) {
            String stored = row.get("id") + new String((byte[]) row.get("state"), StandardCharsets.ISO_8859_1);
            assertThat(stored).doesNotContain("10.0.4.77").doesNotContain("rl-private-name");
        }
    }

    // One attempt is earned back per hour, so the wait is an hour less the time the test has run.
    private static ResultMatcher retryAfterAtMostAnHour() {
        return result -> assertThat(Long.parseLong(result.getResponse().getHeader("Retry-After")))
                .isBetween(3000L, 3600L);
    }

    private static MockHttpServletRequestBuilder signIn(String username, String address) {
        return post("/admin/login")
                .param("username", username)
                .param("password", "not-the-password")
                .with(csrf())
                .with(address(address));
    }

    private static RequestPostProcessor address(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static MockHttpServletRequest from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        return request;
    }
}
