package se.bygdeportalen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.RequestDispatcher;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.TestResidents;

/**
 * The privacy page promises no cookies until a visitor signs in or fills in a form: reading any
 * public page, in any language, sets no cookie and stores no session. The sign-in pages, whose forms
 * carry a CSRF token, set exactly one cookie, locked down ({@code __Host-}, Secure, HttpOnly,
 * SameSite=Lax, Path=/), for a session stored in PostgreSQL.
 */
@IntegrationTest
class AnonymousCookieIT {

    static final String COOKIE = "__Host-bygdeportalen";
    private static final List<String> PUBLIC_PAGES = List.of(
            "/",
            "/kontakt",
            "/tillganglighet",
            "/personuppgifter",
            "/organisation",
            "/anslagstavla",
            "/medborgarforslag",
            "/sammantraden",
            "/beslut",
            "/sok?q=bygd");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Messages messages;

    private String[] sessionsBefore;

    @BeforeEach
    void noteTheSessions() {
        // Only sessions this test makes count; the context's other tests have stored theirs.
        sessionsBefore = jdbc.sql("SELECT primary_id FROM spring_session")
                .query(String.class)
                .list()
                .toArray(String[]::new);
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void readingPublicPagesSetsNoCookieAndStoresNoSession(Lang lang) throws Exception {
        List<String> problems = new ArrayList<>();
        for (String path : PUBLIC_PAGES) {
            String url = "/" + lang.code() + path;
            MockHttpServletResponse response = perform(get(url));
            assertThat(response.getStatus()).as(url).isEqualTo(200);
            // Shared by caches (ADR 0017), which is only safe because nothing in it belongs to one reader.
            assertThat(response.getHeader("Cache-Control")).as(url).startsWith("public");
            if (!response.getHeaders("Set-Cookie").isEmpty() || response.getCookies().length > 0) {
                problems.add(url + " sets " + response.getHeaders("Set-Cookie") + " "
                        + Arrays.toString(response.getCookies()));
            }
        }
        MockHttpServletResponse root = perform(get("/").header("Accept-Language", lang.code()));
        assertThat(root.getStatus()).isEqualTo(302);
        if (!root.getHeaders("Set-Cookie").isEmpty()) {
            problems.add("/ sets " + root.getHeaders("Set-Cookie"));
        }
        assertThat(problems).isEmpty();
        assertThat(newSessions()).as("sessions stored for anonymous readers").isZero();
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void theNotFoundPageSetsNoCookieAndStoresNoSession(Lang lang) throws Exception {
        String missing = "/" + lang.code() + "/finns-inte";
        MockHttpServletResponse notFound = perform(get(missing));
        assertThat(notFound.getStatus()).isEqualTo(404);
        assertThat(notFound.getHeaders("Set-Cookie")).isEmpty();

        // MockMvc does not forward to the error page as the servlet container does; ask for it as the container would.
        // The filters treat this as an error dispatch and skip it, so this shows what the template itself does;
        // ErrorPagesIT checks the page as Tomcat serves it, after the filters of the original request.
        MockHttpServletResponse errorPage = perform(get("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, missing));
        assertThat(errorPage.getStatus()).isEqualTo(404);
        Document page = Jsoup.parse(errorPage.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(lang.code());
        assertThat(page.selectFirst("main h1").text()).isEqualTo(messages.get(lang, "error.404.title"));
        assertThat(errorPage.getHeaders("Set-Cookie")).isEmpty();
        assertThat(errorPage.getCookies()).isEmpty();
        assertThat(newSessions()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void theResidentSignInPageWithItsDemoFormSetsOneLockedDownCookie(Lang lang) throws Exception {
        TestResidents.demoResident(jdbc, "Aino", "Evästeinen");
        MockHttpServletResponse response = perform(get("/" + lang.code() + "/logga-in"));

        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("form[action=/" + lang.code() + "/logga-in/demo] input[name=_csrf]")
                        .attr("value"))
                .as("the demo form carries a CSRF token")
                .isNotEmpty();
        assertOneSessionCookieWithAStoredSession(response);
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void theStaffSignInPageSetsOneLockedDownCookie(Lang lang) throws Exception {
        MockHttpServletResponse response = perform(get("/admin/login").param("lang", lang.code()));

        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("form[action^=/admin/login] input[name=_csrf]").attr("value"))
                .isNotEmpty();
        assertOneSessionCookieWithAStoredSession(response);
    }

    private void assertOneSessionCookieWithAStoredSession(MockHttpServletResponse response) {
        List<String> headers = response.getHeaders("Set-Cookie");
        assertThat(headers).as("Set-Cookie headers").hasSize(1);
        String header = headers.getFirst();
        List<String> parts = Arrays.stream(header.split(";")).map(String::strip).toList();
        assertThat(parts.getFirst()).startsWith(COOKIE + "=");
        String value = parts.getFirst().substring(COOKIE.length() + 1);
        assertThat(value).isNotEmpty();
        List<String> attributes = parts.subList(1, parts.size()).stream()
                .map(a -> a.toLowerCase(Locale.ROOT))
                .toList();
        assertThat(attributes).as(header).contains("secure", "httponly", "samesite=lax", "path=/");
        // __Host- cookies must not name a domain; a session cookie has no expiry either.
        assertThat(attributes)
                .as(header)
                .noneMatch(a -> a.startsWith("domain=") || a.startsWith("expires=") || a.startsWith("max-age="));

        assertThat(newSessions()).as("sessions stored").isEqualTo(1);
        String sessionId = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE session_id = :id")
                        .param("id", sessionId)
                        .query(Long.class)
                        .single())
                .as("the cookie names the stored session")
                .isEqualTo(1);
    }

    private long newSessions() {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE primary_id <> ALL(CAST(:before AS text[]))")
                .param("before", sessionsBefore)
                .query(Long.class)
                .single();
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept("text/html")).andReturn().getResponse();
    }
}
