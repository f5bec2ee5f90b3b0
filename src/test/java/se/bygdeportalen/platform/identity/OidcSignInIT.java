package se.bygdeportalen.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.SessionCookies;
import se.bygdeportalen.test.TestStaff;

/**
 * Residents sign in with e-ID and staff with single sign-on, through a real OIDC provider
 * (mock-oauth2-server). The personal identity number is stored encrypted and never shown, logged
 * or kept in the session.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OidcSignInIT {

    static final MockOAuth2Server OIDC = new MockOAuth2Server();
    static final String PIN = "197705232382";
    static final String LOA3 = "http://id.elegnamnden.se/loa/1.0/loa3";

    static {
        OIDC.start(0);
    }

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        for (String id : List.of("eid", "staff")) {
            registry.add("spring.security.oauth2.client.registration." + id + ".client-id", () -> "bygdeportalen");
            registry.add("spring.security.oauth2.client.registration." + id + ".client-secret", () -> "secret");
            registry.add("spring.security.oauth2.client.registration." + id + ".scope", () -> "openid,profile");
            registry.add(
                    "spring.security.oauth2.client.provider." + id + ".issuer-uri",
                    () -> OIDC.issuerUrl(id).toString());
        }
    }

    @AfterAll
    static void stop() {
        OIDC.shutdown();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Walks the authorization-code flow: our redirect, the provider's answer, our callback. */
    private MockHttpServletResponse signIn(String startPath, String registration) throws Exception {
        Cookie session = null;
        String next = startPath;
        if (!startPath.startsWith("/oauth2/")) {
            MockHttpServletResponse start =
                    mvc.perform(get(startPath)).andReturn().getResponse();
            session = SessionCookies.cookie(start).orElse(null);
            next = start.getRedirectedUrl();
        }
        if (!next.startsWith("/oauth2/authorization/")) {
            throw new AssertionError("expected a redirect to the authorization endpoint, got " + next);
        }
        var authorize = mvc.perform(session == null ? get(next) : get(next).cookie(session))
                .andReturn()
                .getResponse();
        session = SessionCookies.cookie(authorize).orElse(session);
        String providerUrl = authorize.getRedirectedUrl();
        assertThat(providerUrl).startsWith(OIDC.issuerUrl(registration).toString());
        HttpResponse<String> provider = http.send(
                HttpRequest.newBuilder(URI.create(providerUrl)).GET().build(), HttpResponse.BodyHandlers.ofString());
        String callback = provider.headers().firstValue("Location").orElseThrow();
        URI callbackUri = URI.create(callback);
        // A URI, not a template: the state parameter must reach us byte for byte.
        return mvc.perform(
                        get(URI.create("http://localhost" + callbackUri.getRawPath() + "?" + callbackUri.getRawQuery()))
                                .cookie(session))
                .andReturn()
                .getResponse();
    }

    @Test
    void aResidentSignsInWithEidAndThePersonalNumberStaysSecret(CapturedOutput output) throws Exception {
        OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(
                "eid",
                "eid-subject-1",
                "JWT",
                List.of("bygdeportalen"),
                Map.of(
                        "https://id.oidc.se/claim/personalIdentityNumber",
                        PIN,
                        "given_name",
                        "Kerttu",
                        "family_name",
                        "Mäkitalo",
                        "acr",
                        LOA3),
                3600));

        MockHttpServletResponse done = signIn("/fi/logga-in/e-legitimation", "eid");
        assertThat(done.getRedirectedUrl()).isEqualTo("/fi/mina-sidor");
        Cookie session = SessionCookies.cookie(done).orElseThrow();

        String page = mvc.perform(get("/fi/mina-sidor").cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Kerttu Mäkitalo").doesNotContain(PIN).doesNotContain("770523");

        Map<String, Object> row = jdbc.sql(
                        "SELECT * FROM resident WHERE given_name = 'Kerttu' AND family_name = 'Mäkitalo'")
                .query()
                .singleRow();
        byte[] encrypted = (byte[]) row.get("pin_encrypted");
        assertThat(new String(encrypted, StandardCharsets.ISO_8859_1)).doesNotContain(PIN);
        assertThat(HexFormat.of().formatHex((byte[]) row.get("pin_hash"))).doesNotContain(PIN);
        assertThat(HexFormat.of().formatHex(encrypted))
                .doesNotContain(HexFormat.of().formatHex(PIN.getBytes(StandardCharsets.US_ASCII)));

        List<byte[]> sessionBytes = jdbc.sql("SELECT attribute_bytes FROM spring_session_attributes")
                .query(byte[].class)
                .list();
        assertThat(sessionBytes)
                .isNotEmpty()
                .allSatisfy(bytes -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
                        .doesNotContain(PIN));
        assertThat(output.getAll()).doesNotContain(PIN).doesNotContain("770523-2382");
    }

    @Test
    void signingInAgainFindsTheSameResident() throws Exception {
        for (int i = 0; i < 2; i++) {
            OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(
                    "eid",
                    "eid-subject-2",
                    "JWT",
                    List.of("bygdeportalen"),
                    Map.of(
                            "https://id.oidc.se/claim/personalIdentityNumber",
                            "195001012391",
                            "given_name",
                            "Per",
                            "family_name",
                            "Svanström",
                            "acr",
                            LOA3),
                    3600));
            assertThat(signIn("/sv/logga-in/e-legitimation", "eid").getRedirectedUrl())
                    .isEqualTo("/sv/mina-sidor");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM resident WHERE family_name = 'Svanström'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void withoutAPersonalNumberTheSignInIsRefused() throws Exception {
        OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(
                "eid",
                "eid-subject-3",
                "JWT",
                List.of("bygdeportalen"),
                Map.of("given_name", "Ingen", "family_name", "Personnummer", "acr", LOA3),
                3600));
        assertThat(signIn("/en/logga-in/e-legitimation", "eid").getRedirectedUrl())
                .isEqualTo("/en/logga-in?fel");
        assertThat(jdbc.sql("SELECT count(*) FROM resident WHERE family_name = 'Personnummer'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aWeakerLevelOfAssuranceIsRefused() throws Exception {
        OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(
                "eid",
                "eid-subject-4",
                "JWT",
                List.of("bygdeportalen"),
                Map.of(
                        "https://id.oidc.se/claim/personalIdentityNumber",
                        "196203142384",
                        "given_name",
                        "Låg",
                        "family_name",
                        "Tillit",
                        "acr",
                        "http://id.elegnamnden.se/loa/1.0/loa2"),
                3600));
        assertThat(signIn("/sv/logga-in/e-legitimation", "eid").getRedirectedUrl())
                .isEqualTo("/sv/logga-in?fel");
        assertThat(jdbc.sql("SELECT count(*) FROM resident WHERE family_name = 'Tillit'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void singleSignOnNeverTakesOverAnAccountThatHasAPassword() throws Exception {
        PortalUser withPassword = new TestStaff(jdbc, encoder).create(Role.ADMINISTRATOR);
        OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(
                "staff",
                "entra-object-id-3",
                "JWT",
                List.of("bygdeportalen"),
                Map.of("email", withPassword.username() + "@test.invalid"),
                3600));
        assertThat(signIn("/oauth2/authorization/staff", "staff").getRedirectedUrl())
                .startsWith("/admin/login?sso-fel");
        assertThat(jdbc.sql("SELECT sso_subject FROM staff_account WHERE id = :id")
                        .param("id", withPassword.id())
                        .query(String.class)
                        .optional()
                        .filter(java.util.Objects::nonNull))
                .isEmpty();
    }

    @Test
    void staffSignInWithSingleSignOnWhenTheyHaveAnAccount() throws Exception {
        PortalUser registrar = new TestStaff(jdbc, encoder).create(Role.REGISTRAR);
        // An account created for single sign-on has no password.
        jdbc.sql("UPDATE staff_account SET password_hash = NULL WHERE id = :id")
                .param("id", registrar.id())
                .update();
        OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(
                "staff",
                "entra-object-id-1",
                "JWT",
                List.of("bygdeportalen"),
                Map.of("email", registrar.username() + "@test.invalid", "name", "From Entra"),
                3600));
        MockHttpServletResponse done = signIn("/oauth2/authorization/staff", "staff");
        assertThat(done.getRedirectedUrl()).isEqualTo("/admin");
        Cookie session = SessionCookies.cookie(done).orElseThrow();
        assertThat(mvc.perform(get("/admin/konto").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(registrar.username());
        assertThat(jdbc.sql("SELECT sso_subject FROM staff_account WHERE id = :id")
                        .param("id", registrar.id())
                        .query(String.class)
                        .single())
                .endsWith("|entra-object-id-1");
    }

    @Test
    void singleSignOnWithoutAStaffAccountIsRefused() throws Exception {
        OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(
                "staff",
                "entra-object-id-2",
                "JWT",
                List.of("bygdeportalen"),
                Map.of("email", "stranger@elsewhere.example"),
                3600));
        assertThat(signIn("/oauth2/authorization/staff", "staff").getRedirectedUrl())
                .startsWith("/admin/login?sso-fel");
    }
}
