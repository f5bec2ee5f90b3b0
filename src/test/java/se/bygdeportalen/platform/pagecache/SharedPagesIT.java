package se.bygdeportalen.platform.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.TestResidents;
import se.bygdeportalen.test.TestStaff;

/**
 * Which responses caches may share (the HTTP side of the page cache; the test profile keeps no pages in
 * memory, {@link PageCacheServerIT} does): an anonymous reader's public page is public with a weak
 * ETag and answers its own ETag with 304; a signed-in resident's or staff member's page, a staff page
 * and a page whose form gave the visitor a session are private, not stored, without an ETag.
 */
@IntegrationTest
class SharedPagesIT {

    private static final String PRIVATE = "private, no-store";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    private TestStaff staff;

    @BeforeEach
    void setUp() {
        staff = new TestStaff(jdbc, encoder);
    }

    @Test
    void anAnonymousPageIsPublicAndAnswersItsOwnETagWith304() throws Exception {
        for (String url : new String[] {"/sv/", "/fi/anslagstavla", "/en/medborgarforslag", "/fit/sammantraden"}) {
            MockHttpServletResponse first = perform(get(url));
            assertThat(first.getStatus()).as(url).isEqualTo(200);
            assertThat(first.getHeader("Cache-Control")).as(url).isEqualTo("public, max-age=0");
            assertThat(first.getHeaders("Vary")).as(url).contains("Cookie");
            String etag = first.getHeader("ETag");
            assertThat(etag).as(url).matches("W/\"[A-Za-z0-9_-]{22}\"");
            assertThat(first.getHeaders("Set-Cookie")).as(url).isEmpty();

            MockHttpServletResponse again = perform(get(url).header("If-None-Match", etag));
            assertThat(again.getStatus()).as(url).isEqualTo(304);
            assertThat(again.getContentAsByteArray()).as(url).isEmpty();
            assertThat(again.getHeader("ETag")).as(url).isEqualTo(etag);
            assertThat(again.getHeader("Cache-Control")).as(url).isEqualTo("public, max-age=0");

            MockHttpServletResponse other = perform(get(url).header("If-None-Match", "W/\"something-else\""));
            assertThat(other.getStatus()).as(url).isEqualTo(200);
            assertThat(other.getContentAsString()).as(url).isEqualTo(first.getContentAsString());
        }
        String swedish = perform(get("/sv/kontakt")).getHeader("ETag");
        String finnish = perform(get("/fi/kontakt")).getHeader("ETag");
        assertThat(swedish).as("each language is its own page").isNotEqualTo(finnish);
    }

    @Test
    void aSignedInResidentsPagesAreNeverShared() throws Exception {
        long id = TestResidents.demoResident(jdbc, "Aila", "Välimuisti");
        PortalUser resident = PortalUser.resident(id, "Aila Välimuisti");
        for (String url : new String[] {"/sv/", "/sv/anslagstavla", "/sv/mina-sidor"}) {
            MockHttpServletResponse signedIn = perform(get(url).with(TestStaff.as(resident)));
            assertThat(signedIn.getStatus()).as(url).isEqualTo(200);
            assertPrivate(signedIn, url);
            String anonymousEtag = perform(get("/sv/")).getHeader("ETag");
            MockHttpServletResponse conditional =
                    perform(get(url).with(TestStaff.as(resident)).header("If-None-Match", anonymousEtag));
            assertThat(conditional.getStatus())
                    .as(url + " never 304 from a shared copy")
                    .isEqualTo(200);
        }
        assertThat(perform(get("/sv/").with(TestStaff.as(resident))).getContentAsString())
                .contains("Aila Välimuisti");
    }

    @Test
    void staffPagesAndPublicPagesSeenByStaffAreNeverShared() throws Exception {
        PortalUser admin = staff.create(Role.ADMINISTRATOR);
        for (String url : new String[] {"/admin", "/admin/anslagstavla", "/sv/", "/sv/kontakt"}) {
            MockHttpServletResponse response = perform(get(url).with(TestStaff.as(admin)));
            assertThat(response.getStatus()).as(url).isEqualTo(200);
            assertPrivate(response, url);
        }
        assertPrivate(perform(get("/admin/login")), "/admin/login");
    }

    @Test
    void aPageWhoseFormGaveTheVisitorASessionIsTheirsAlone() throws Exception {
        TestResidents.demoResident(jdbc, "Eino", "Lomake");
        MockHttpServletResponse signIn = perform(get("/sv/logga-in"));
        assertThat(signIn.getStatus()).isEqualTo(200);
        assertThat(signIn.getContentAsString()).contains("name=\"_csrf\"");
        assertThat(signIn.getHeaders("Set-Cookie")).isNotEmpty();
        assertPrivate(signIn, "/sv/logga-in");
    }

    private static void assertPrivate(MockHttpServletResponse response, String url) {
        assertThat(response.getHeader("Cache-Control")).as(url).isEqualTo(PRIVATE);
        assertThat(response.getHeader("ETag")).as(url).isNull();
        assertThat(response.getHeaders("Vary")).as(url).doesNotContain("Cookie");
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept("text/html")).andReturn().getResponse();
    }
}
