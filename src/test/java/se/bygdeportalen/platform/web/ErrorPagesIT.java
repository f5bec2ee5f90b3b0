package se.bygdeportalen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.test.ServerTest;
import se.bygdeportalen.test.TestStaff;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Error pages as a real servlet container renders them (MockMvc renders none): in the site's layout
 * and the visitor's language, with the request id and without any trace of the exception; a JSON
 * problem for API clients. Two test-only routes stand in for a failing page and an upload form.
 */
@ServerTest
class ErrorPagesIT {

    /** What a real failure might carry in its message: it must never reach the visitor. */
    static final String SECRET = "password=hunter2 at db.internal.overtornea.se:5432";

    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int MB = 1024 * 1024;

    @TestConfiguration(proxyBeanMethods = false)
    static class TestOnlyRoutes {
        @Bean
        TestOnlyController testOnlyController() {
            return new TestOnlyController();
        }
    }

    /** Nested in a test class, so component scanning of other contexts leaves it out. */
    @Controller
    static class TestOnlyController {
        /** The request id the failing request was logged under, as the handler saw it. */
        static final AtomicReference<String> LOGGED_ID = new AtomicReference<>();

        @GetMapping("/test-only/boom")
        @ResponseBody
        String boom() {
            LOGGED_ID.set(MDC.get("requestId"));
            throw new IllegalStateException("Could not connect: " + SECRET);
        }

        @GetMapping({"/{lang}/test-only/problem", "/api/v1/test-only/problem"})
        @ResponseBody
        String problem() {
            throw se.bygdeportalen.platform.usecase.Problem.conflict("access.refused")
                    .withBack("/medborgarforslag", "error.toStart");
        }

        @GetMapping("/{lang}/test-only/actor")
        @ResponseBody
        String actor(se.bygdeportalen.platform.usecase.Actor actor) {
            return actor.kind();
        }

        @GetMapping("/{lang}/test-only/staff-actor")
        @ResponseBody
        String staffActor(se.bygdeportalen.platform.usecase.Actor.Staff actor) {
            return actor.username();
        }

        @PostMapping("/test-only/upload")
        @ResponseBody
        String upload(@RequestParam("file") MultipartFile file) {
            return "received " + file.getSize();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Messages messages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @ParameterizedTest
    @EnumSource(Lang.class)
    void aProblemFromAnyModuleIsOnePageInTheVisitorsLanguage(Lang lang) throws Exception {
        HttpResponse<String> response =
                send(get("/" + lang.code() + "/test-only/problem").header("Accept", "text/html,*/*;q=0.8"));

        assertThat(response.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(lang.code());
        assertThat(page.selectFirst("main h1").text()).isEqualTo(messages.get(lang, "error.409.title"));
        assertThat(page.select("main p").first().text()).isEqualTo(messages.get(lang, "access.refused"));
        assertThat(page.select("main a[href=/" + lang.code() + "/medborgarforslag]")
                        .text())
                .isEqualTo(messages.get(lang, "error.toStart"));
        assertThat(page.select("main .mono").text()).isEqualTo(requestId(response));
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theApiAndJsonClientsGetTheProblemAsProblemJson() throws Exception {
        for (HttpRequest.Builder request : List.of(
                get("/api/v1/test-only/problem"), get("/en/test-only/problem").header("Accept", "application/json"))) {
            HttpResponse<String> response = send(request);
            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode json = JsonMapper.builder().build().readTree(response.body());
            assertThat(json.get("status").asInt()).isEqualTo(409);
            assertThat(json.get("code").asString()).isEqualTo("access.refused");
            assertThat(json.get("requestId").asString()).isEqualTo(requestId(response));
        }
    }

    @Test
    void controllersGetTheActorAndAStaffOnlyParameterRefusesEveryoneElse() throws Exception {
        HttpResponse<String> visitor = send(get("/sv/test-only/actor"));
        assertThat(visitor.statusCode()).isEqualTo(200);
        assertThat(visitor.body()).isEqualTo("visitor");

        HttpResponse<String> refused = send(get("/sv/test-only/staff-actor").header("Accept", "text/html"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(refused.body()).select("main p").first().text())
                .isEqualTo(messages.get(Lang.SV, "access.refused"));
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void anUnknownPageGetsTheNotFoundPageInTheLanguageOfItsPrefix(Lang lang) throws Exception {
        String[] sessionsBefore = jdbc.sql("SELECT primary_id FROM spring_session")
                .query(String.class)
                .list()
                .toArray(String[]::new);
        HttpResponse<String> response = send(get("/" + lang.code() + "/ei-ole").header("Accept", "text/html"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        Document page = Jsoup.parse(response.body());
        String title = messages.get(lang, "error.404.title");
        assertThat(title).doesNotStartWith("??");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(lang.code());
        assertThat(page.title()).startsWith(title + " – ");
        assertThat(page.selectFirst("main h1").text()).isEqualTo(title);
        assertThat(page.select("main").text()).contains(messages.get(lang, "error.404.text"));
        // The site's own layout: header with navigation and language switch, footer; a way back to the start page.
        assertThat(page.selectFirst("body").hasClass("public")).isTrue();
        assertThat(page.select("header.site-header nav.main-nav a")).isNotEmpty();
        assertThat(page.select("header nav.lang-switch a")).hasSize(Lang.values().length);
        assertThat(page.select("footer.site-footer")).hasSize(1);
        assertThat(page.select("main a[href=/" + lang.code() + "/]").text())
                .isEqualTo(messages.get(lang, "error.toStart"));
        assertThat(page.select("main .mono").text()).isEqualTo(requestId(response));
        // No session for a visitor who only mistyped an address.
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE primary_id <> ALL(CAST(:before AS text[]))")
                        .param("before", sessionsBefore)
                        .query(Long.class)
                        .single())
                .as("sessions stored")
                .isZero();
    }

    @Test
    void theFinnishNotFoundPage() throws Exception {
        HttpResponse<String> response = send(get("/fi/ei-ole").header("Accept", "text/html"));
        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("main h1").text()).isEqualTo("Sivua ei löydy");
        assertThat(page.title()).isEqualTo("Sivua ei löydy – Ylitornion kunta");
    }

    @Test
    void anUnknownPageWithoutAPrefixFollowsTheBrowsersLanguage() throws Exception {
        HttpResponse<String> response =
                send(get("/ei-ole").header("Accept", "text/html").header("Accept-Language", "fi-FI,fi;q=0.9,en;q=0.5"));
        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fi");
        assertThat(page.selectFirst("main h1").text()).isEqualTo(messages.get(Lang.FI, "error.404.title"));
    }

    @Test
    void aServerErrorShowsTheLocalizedPageAndNothingOfTheException() throws Exception {
        HttpResponse<String> response =
                send(get("/test-only/boom").header("Accept", "text/html").header("Accept-Language", "fi"));

        assertThat(response.statusCode()).isEqualTo(500);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fi");
        assertThat(page.selectFirst("main h1").text()).isEqualTo(messages.get(Lang.FI, "error.500.title"));
        assertThat(page.select("main").text()).contains(messages.get(Lang.FI, "error.500.text"));
        assertThat(page.select("footer.site-footer")).hasSize(1);
        String id = requestId(response);
        assertThat(id).matches(UUID_PATTERN);
        assertThat(page.select("main .mono").text()).isEqualTo(id);
        assertNoTraceOfTheException(response.body());
    }

    @Test
    void theRequestIdOnTheErrorPageIsTheOneTheFailureWasLoggedUnder() throws Exception {
        TestOnlyController.LOGGED_ID.set(null);
        HttpResponse<String> response = send(get("/test-only/boom").header("Accept", "text/html"));

        assertThat(response.statusCode()).isEqualTo(500);
        String logged = TestOnlyController.LOGGED_ID.get();
        assertThat(logged).as("request id in the MDC while the page failed").matches(UUID_PATTERN);
        // Staff search the log for the reference a resident reads to them: it must be the failing request's id.
        assertThat(requestId(response)).isEqualTo(logged);
        assertThat(Jsoup.parse(response.body()).select("main .mono").text()).isEqualTo(logged);
    }

    @Test
    void curlAndLinkCheckersAskingForAnythingGetThePageInItsLanguage() throws Exception {
        for (String accept : new String[] {"*/*", null}) {
            HttpRequest.Builder request = get("/fi/ei-ole");
            HttpResponse<String> response = send(accept == null ? request : request.header("Accept", accept));
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            Document page = Jsoup.parse(response.body());
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fi");
            assertThat(page.selectFirst("main h1").text()).isEqualTo(messages.get(Lang.FI, "error.404.title"));
        }
        HttpResponse<String> api = send(get("/api/v1/ei-ole").header("Accept", "*/*"));
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void theErrorPathOpenedDirectlyIsAPageThatDoesNotExist() throws Exception {
        HttpResponse<String> response = send(get("/error").header("Accept", "text/html"));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(response.body()).selectFirst("main h1").text())
                .isEqualTo(messages.get(Lang.SV, "error.404.title"));
        assertThat(send(get("/error").header("Accept", "application/json")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void forwardedHeadersAreBelievedOnlyFromALoopbackProxyByDefault(
            @Autowired org.springframework.core.env.Environment environment) {
        Pattern proxies = Pattern.compile(environment.getRequiredProperty("server.tomcat.remoteip.internal-proxies"));
        for (String trusted : new String[] {"127.0.0.1", "127.10.0.3", "0:0:0:0:0:0:0:1", "::1"}) {
            assertThat(proxies.matcher(trusted).matches()).as(trusted).isTrue();
        }
        for (String untrusted : new String[] {
            "10.0.0.5", "172.16.4.2", "192.168.1.20", "169.254.0.1", "fd00::1", "8.8.8.8", "1127.0.0.1"
        }) {
            assertThat(proxies.matcher(untrusted).matches()).as(untrusted).isFalse();
        }
    }

    @Test
    void anApiClientGetsAProblemDocumentWithoutTheException() throws Exception {
        HttpResponse<String> notFound = send(get("/fi/ei-ole").header("Accept", "application/json"));
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JsonMapper.builder().build().readTree(notFound.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("requestId").asString()).isEqualTo(requestId(notFound));
        assertThat(problem.has("trace")).isFalse();
        assertThat(problem.has("exception")).isFalse();
        assertThat(notFound.body()).doesNotContain("<html");

        HttpResponse<String> failed = send(get("/test-only/boom").header("Accept", "application/json"));
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode failure = JsonMapper.builder().build().readTree(failed.body());
        assertThat(failure.get("status").asInt()).isEqualTo(500);
        assertThat(failure.get("requestId").asString()).isEqualTo(requestId(failed));
        assertNoTraceOfTheException(failed.body());
    }

    @Test
    void aRequestIdFromOutsideIsNeverAdopted() throws Exception {
        // Our own id goes into the audit log, so a client must not choose it; a proxy's id is only logged beside it.
        HttpResponse<String> response =
                send(get("/fi/ei-ole").header("Accept", "text/html").header("X-Request-Id", "abcdefgh-1234"));
        assertThat(requestId(response)).matches(UUID_PATTERN).isNotEqualTo("abcdefgh-1234");
        assertThat(Jsoup.parse(response.body()).select("main .mono").text()).isEqualTo(requestId(response));

        HttpResponse<String> page = send(get("/sv/kontakt").header("X-Request-Id", "proxy.id_0123456789"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(requestId(page)).matches(UUID_PATTERN);
    }

    @Test
    void anUnsafeRequestIdIsReplaced() throws Exception {
        for (String unsafe : List.of(
                "x", "bad id with spaces", "abcdefgh\tX-Injected: yes", "a".repeat(65), "<script>alert(1)</script>")) {
            HttpResponse<String> response =
                    send(get("/fi/ei-ole").header("Accept", "text/html").header("X-Request-Id", unsafe));
            String id = requestId(response);
            assertThat(id).as("id for " + unsafe).matches(UUID_PATTERN);
            assertThat(Jsoup.parse(response.body()).select("main .mono").text()).isEqualTo(id);
            if (unsafe.length() >= 8) {
                assertThat(response.body()).doesNotContain(unsafe);
            }
        }
        // Every request gets its own id.
        assertThat(requestId(send(get("/sv/")))).isNotEqualTo(requestId(send(get("/sv/"))));
    }

    @Test
    void aWrongMethodGetsTheMethodNotAllowedPage() throws Exception {
        Session session = session();
        HttpResponse<String> response = send(
                post("/sv/kontakt", session, HttpRequest.BodyPublishers.ofString("a=b&_csrf=" + session.csrfToken()))
                        .header("Content-Type", "application/x-www-form-urlencoded"));

        assertThat(response.statusCode()).isEqualTo(405);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("sv");
        assertThat(page.selectFirst("main h1").text()).isEqualTo(messages.get(Lang.SV, "error.405.title"));
        assertThat(page.select("main .mono").text()).isEqualTo(requestId(response));
    }

    @Test
    void aBadParameterOnAStaffPageGetsTheBadRequestPageInTheStaffMembersLanguage() throws Exception {
        PortalUser admin = new TestStaff(jdbc, encoder).create(Lang.FIT, Role.ADMINISTRATOR);
        Session signedIn = signIn(admin);

        HttpResponse<String> response = send(
                get("/admin/granskningslogg/abc").header("Accept", "text/html").header("Cookie", signedIn.cookie()));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fit");
        assertThat(page.selectFirst("main h1").text()).isEqualTo(messages.get(Lang.FIT, "error.400.title"));
        assertThat(page.selectFirst("body").hasClass("staff")).isTrue();
        assertThat(page.select("main a[href=/admin]").text()).isEqualTo(messages.get(Lang.FIT, "error.toStart"));
        assertThat(page.select("main .mono").text()).isEqualTo(requestId(response));
        assertNoTraceOfTheException(response.body());
        assertThat(response.body()).doesNotContain("NumberFormat").doesNotContain("For input string");
    }

    @Test
    void anUploadWithinTheLimitReachesTheHandler() throws Exception {
        Session session = session();
        HttpResponse<String> response = send(upload(session, 1024, true));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("received 1024");
    }

    @Test
    void aTooLargeUploadFromAScriptGetsTheTooLargePage() throws Exception {
        // The token in the header, as a script would send it.
        Session session = session();
        HttpResponse<String> response =
                send(upload(session, 11 * MB, false).header("X-CSRF-TOKEN", session.csrfToken()));
        assertTooLargePage(response);
    }

    @Test
    void aTooLargeUploadFromAnApiClientGetsAProblemDocument() throws Exception {
        Session session = session();
        HttpResponse<String> response = send(upload(session, 11 * MB, false)
                .header("X-CSRF-TOKEN", session.csrfToken())
                .setHeader("Accept", "application/json"));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(413);
        assertThat(problem.get("requestId").asString()).isEqualTo(requestId(response));
    }

    @Test
    void aTooLargeUploadFromAFormGetsTheTooLargePage() throws Exception {
        // The token as a hidden field before the file, as every form of the platform sends it.
        Session session = session();
        HttpResponse<String> response = send(upload(session, 11 * MB, true));
        assertTooLargePage(response);
    }

    private void assertTooLargePage(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(413);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fi");
        assertThat(page.selectFirst("main h1").text()).isEqualTo(messages.get(Lang.FI, "error.413.title"));
        assertThat(page.select("main").text()).contains(messages.get(Lang.FI, "error.413.text"));
        assertThat(page.select("main .mono").text()).isEqualTo(requestId(response));
        assertNoTraceOfTheException(response.body());
    }

    private static void assertNoTraceOfTheException(String body) {
        assertThat(body)
                .doesNotContain(SECRET)
                .doesNotContain("hunter2")
                .doesNotContain("Could not connect")
                .doesNotContain("Exception")
                .doesNotContain("at se.")
                .doesNotContain("\tat ")
                .doesNotContain("TestOnlyController")
                .doesNotContain("org.springframework");
    }

    // ---- HTTP helpers ----

    /** A session cookie and its CSRF token, taken from the staff sign-in page like a browser would. */
    record Session(String cookie, String csrfToken) {}

    private Session session() throws Exception {
        HttpResponse<String> signInPage = send(get("/admin/login?lang=fi").header("Accept", "text/html"));
        assertThat(signInPage.statusCode()).isEqualTo(200);
        String token = Jsoup.parse(signInPage.body())
                .select("form[method=post] input[name=_csrf]")
                .attr("value");
        assertThat(token).isNotEmpty();
        return new Session(sessionCookie(signInPage), token);
    }

    /** Signs in through the real form; the session id changes at sign-in, so the new cookie is used. */
    private Session signIn(PortalUser staff) throws Exception {
        Session before = session();
        String form = "username=" + staff.username() + "&password=" + TestStaff.PASSWORD.replace(" ", "+") + "&_csrf="
                + before.csrfToken();
        HttpResponse<String> response =
                send(post("/admin/login?lang=fi", before, HttpRequest.BodyPublishers.ofString(form))
                        .header("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(response.statusCode()).as("sign-in response").isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/admin"));
        return new Session(sessionCookie(response), before.csrfToken());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        String header = response.headers().allValues("Set-Cookie").stream()
                .filter(h -> h.startsWith("__Host-bygdeportalen="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie in " + response.headers().map()));
        return header.substring(0, header.indexOf(';'));
    }

    private HttpRequest.Builder upload(Session session, int size, boolean tokenAsField) {
        String boundary = "----bygdeportalen" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream(size + 1024);
        if (tokenAsField) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                            + session.csrfToken() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"karta.pdf\"\r\n"
                                + "Content-Type: application/pdf\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) 'a');
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post("/test-only/upload", session, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", "fi");
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .GET();
    }

    private HttpRequest.Builder post(String path, Session session, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html")
                .header("Cookie", session.cookie())
                .POST(body);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String requestId(HttpResponse<String> response) {
        return response.headers().firstValue("X-Request-Id").orElseThrow(() -> new AssertionError("no X-Request-Id"));
    }
}
