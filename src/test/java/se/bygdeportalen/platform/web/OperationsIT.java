package se.bygdeportalen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.bygdeportalen.test.ServerTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Operations endpoints live on their own port, which the load balancer and Prometheus reach and the
 * internet does not: health with Kubernetes-style probes, and metrics including HTTP requests. The
 * public port serves none of them.
 */
@ServerTest
class OperationsIT {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theManagementPortIsItsOwn() {
        assertThat(managementPort).isPositive().isNotEqualTo(port);
    }

    @Test
    void healthAndProbesAreUp() throws Exception {
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> response = get(managementPort, path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            JsonNode health = json.readTree(response.body());
            assertThat(health.get("status").asString()).as(path).isEqualTo("UP");
            // show-details=never: no database name, disk paths or versions for whoever reaches the port.
            assertThat(health.has("components")).as(path).isFalse();
            assertThat(response.body())
                    .as(path)
                    .doesNotContainIgnoringCase("postgres")
                    .doesNotContain("diskSpace");
        }
    }

    @Test
    void prometheusMetricsIncludeTheJvmAndHttpRequests() throws Exception {
        HttpResponse<String> page = get(port, "/sv/kontakt");
        assertThat(page.statusCode()).isEqualTo(200);

        HttpResponse<String> metrics =
                get(managementPort, "/actuator/prometheus", "text/plain;version=0.0.4;q=1,*/*;q=0.1");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        String body = metrics.body();
        assertThat(body).contains("jvm_memory_used_bytes").contains("http_server_requests_seconds_count");
        assertThat(body.lines().filter(l -> l.startsWith("http_server_requests_seconds_count{")))
                .as("the request to the contact page is counted")
                .anySatisfy(line -> assertThat(line)
                        .contains("method=\"GET\"")
                        .contains("status=\"200\"")
                        .contains("/kontakt"));
        assertThat(body).contains("application=\"bygdeportalen\"");
        // The pool the site runs on is watched too.
        assertThat(body).contains("hikaricp_connections");
    }

    @Test
    void thePublicPortServesNoOperationsEndpoint() throws Exception {
        for (String path : List.of(
                "/actuator",
                "/actuator/health",
                "/actuator/health/liveness",
                "/actuator/health/readiness",
                "/actuator/prometheus",
                "/actuator/info",
                "/actuator/modulith", // not even on the management port: no Modulith runtime (start-up)
                "/actuator/env",
                "/actuator/heapdump")) {
            HttpResponse<String> response = get(port, path);
            assertThat(response.statusCode()).as("public " + path).isEqualTo(404);
            assertThat(response.body())
                    .as("public " + path)
                    .doesNotContain("\"UP\"")
                    .doesNotContain("jvm_memory");
        }
    }

    @Test
    void theManagementPortServesNoSitePages() throws Exception {
        HttpResponse<String> response = get(managementPort, "/sv/kontakt");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(get(managementPort, "/actuator/env").statusCode())
                .as("env is not exposed")
                .isEqualTo(404);
        assertThat(get(managementPort, "/actuator/heapdump").statusCode())
                .as("heapdump is not exposed")
                .isEqualTo(404);
    }

    /** As a browser, a probe or Prometheus would ask: anything, preferably HTML. */
    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return get(onPort, path, "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8");
    }

    private HttpResponse<String> get(int onPort, String path, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
