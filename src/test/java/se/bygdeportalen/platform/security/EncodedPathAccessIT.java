package se.bygdeportalen.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.bygdeportalen.test.ServerTest;
import se.bygdeportalen.test.TestStaff;

/**
 * Staff routes cannot be reached by writing their path differently: percent-encoded letters, a
 * forwarded prefix from the client, or a resident page spelt the same way. Runs against a real
 * server, because that is where the raw request URI and the decoded path differ.
 */
@ServerTest
class EncodedPathAccessIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private String cookie(HttpResponse<?> response, String fallback) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("__Host-bygdeportalen="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElse(fallback);
    }

    private String signIn(PortalUser user) throws Exception {
        HttpResponse<String> page =
                http.send(HttpRequest.newBuilder(uri("/admin/login")).build(), HttpResponse.BodyHandlers.ofString());
        String session = cookie(page, null);
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();
        String form = "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&username="
                + user.username() + "&password=" + URLEncoder.encode(TestStaff.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(uri("/admin/login"))
                        .header("Cookie", session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/admin");
        return cookie(signedIn, session);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private int status(String path, String session, String... headers) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri(path)).header("Cookie", session).header("Accept", "text/html");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void aStaffMemberWithoutTheRoleCannotReachAdministratorPagesByEncodingThePath() throws Exception {
        PortalUser communicator = new TestStaff(jdbc, encoder).create(Role.COMMUNICATOR);
        String session = signIn(communicator);
        assertThat(status("/admin/personal", session)).isEqualTo(403);
        assertThat(status("/%61dmin/personal", session)).isIn(400, 403, 404);
        assertThat(status("/admin/%70ersonal", session)).isIn(400, 403, 404);
        assertThat(status("/admin/personal", session, "X-Forwarded-Prefix", "/x"))
                .isEqualTo(403);
        assertThat(status(
                        "/admin/personal",
                        session,
                        "X-Forwarded-For",
                        "10.1.2.3",
                        "Forwarded",
                        "for=10.9.9.9;prefix=/x"))
                .isEqualTo(403);
    }

    @Test
    void residentPagesNeedAResidentHoweverTheyAreSpelt() throws Exception {
        HttpResponse<Void> plain = http.send(
                HttpRequest.newBuilder(uri("/sv/mina-sidor")).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(plain.statusCode()).isEqualTo(302);
        HttpResponse<Void> encoded = http.send(
                HttpRequest.newBuilder(uri("/sv/%6Dina-sidor")).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(encoded.statusCode()).isIn(302, 400, 404);
    }
}
