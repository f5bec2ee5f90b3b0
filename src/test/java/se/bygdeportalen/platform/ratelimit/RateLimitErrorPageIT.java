package se.bygdeportalen.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.security.SecurityConfig;

/**
 * A refused sign-in in a real servlet container, where the error page is rendered: status 429,
 * {@code Retry-After}, the site's page in the visitor's language with the usual security headers, and
 * no stack trace. The attempts
 * carry no CSRF token, as a script's would not; the page must come all the same.
 * <p>
 * Not {@code @IntegrationTest}: that one runs without a server, and MockMvc renders no error pages.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "bygdeportalen.ratelimit.enabled=true",
            "bygdeportalen.ratelimit.policies.staff-login-address.capacity=2",
            "bygdeportalen.ratelimit.policies.staff-login-address.period=2h"
        })
@ActiveProfiles("test")
class RateLimitErrorPageIT {

    @LocalServerPort
    int port;

    @Autowired
    Messages messages;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRefusedSignInGetsTheErrorPageWithRetryAfter() throws Exception {
        send("text/html");
        send("text/html");

        HttpResponse<String> refused = send("text/html");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(retryAfter(refused)).isBetween(3000L, 3600L);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("html").attr("lang")).isEqualTo("fi");
        assertThat(page.select("h1").text())
                .isEqualTo(messages.get(Lang.FI, "error.429.title"))
                .doesNotStartWith("??");
        assertThat(page.text())
                .contains(refused.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(refused.body())
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("RateLimit");
        // The same security headers as every other page, although Spring Security never saw the request.
        assertThat(page.select("script[src]")).isNotEmpty();
        assertThat(refused.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(refused.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(refused.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(refused.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));

        HttpResponse<String> api = send("application/json");
        assertThat(api.statusCode()).isEqualTo(429);
        assertThat(retryAfter(api)).isBetween(3000L, 3600L);
        assertThat(api.body()).contains("\"status\":429");
    }

    // One attempt is earned back per hour, so the wait is an hour less the time the test has run.
    private static long retryAfter(HttpResponse<String> response) {
        return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
    }

    private HttpResponse<String> send(String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/login?lang=fi"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("username=rl-page&password=guess"))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
