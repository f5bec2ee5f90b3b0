package se.bygdeportalen.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
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
import se.bygdeportalen.test.PersonalDataScan;
import se.bygdeportalen.test.SessionCookies;
import se.bygdeportalen.test.TestResidents;
import se.bygdeportalen.test.TestStaff;

/**
 * Erasure is final for the resident's sign-in: their sessions end, a session the records no longer
 * back is refused on its next request, and nothing they do afterwards can carry the erased name,
 * which comes from the records on each use, never from the session.
 */
@IntegrationTest
class ResidentErasureIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    PortalUser admin;
    String given;
    String family;
    long residentId;

    @BeforeEach
    void setUp() {
        admin = new TestStaff(jdbc, encoder).create(Role.ADMINISTRATOR);
        given = "Gunvor" + PersonalDataScan.unique(6);
        family = "Raderasson" + PersonalDataScan.unique(6);
        residentId = TestResidents.demoResident(jdbc, given, family);
    }

    /** Signs in as the demo sign-in does and returns the session cookie, as a browser would keep it. */
    private Cookie signIn() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/sv/logga-in/demo")
                        .param("resident", String.valueOf(residentId))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/sv/mina-sidor");
        return SessionCookies.cookie(response).orElseThrow();
    }

    private MockHttpServletRequestBuilder newDraft(Cookie session) {
        return post("/sv/medborgarforslag/nytt")
                .cookie(session)
                .with(csrf())
                .param("language", "sv")
                .param("title", "Bänkar vid älven")
                .param("body", "Ställ ut två bänkar vid båtplatsen.")
                .param("category", "")
                .param("village", "")
                .param("email", "")
                .param("phone", "")
                .param("idempotencyKey", UUID.randomUUID().toString());
    }

    private long sessions() {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :p")
                .param("p", PortalUser.residentPrincipalName(residentId))
                .query(Long.class)
                .single();
    }

    private void erase() throws Exception {
        mvc.perform(post("/admin/personuppgifter/" + residentId + "/radera")
                        .with(csrf())
                        .with(TestStaff.as(admin))
                        .param("reason", "Begäran om radering, KS 2026/77")
                        .param("confirm", "true"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void erasureEndsTheSessionsAndTheOldSessionCannotWriteADraft() throws Exception {
        Cookie session = signIn();
        assertThat(mvc.perform(get("/sv/mina-sidor").cookie(session))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains(family);
        assertThat(sessions()).isEqualTo(1);
        // The scan sees the name where it is: in the resident's row and in the serialised session.
        assertThat(PersonalDataScan.columnsHolding(jdbc, given, family))
                .contains("resident.given_name", "resident.family_name", "spring_session_attributes.attribute_bytes");

        erase();

        assertThat(sessions()).isZero();
        assertThat(mvc.perform(get("/sv/mina-sidor").cookie(session))
                        .andExpect(status().is3xxRedirection())
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .contains("/sv/logga-in");
        assertThat(mvc.perform(newDraft(session))
                        .andExpect(status().is3xxRedirection())
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/sv/logga-in");
        assertThat(jdbc.sql("SELECT count(*) FROM proposal WHERE resident_id = :r OR proposer_name LIKE :n")
                        .param("r", residentId)
                        .param("n", "%" + family + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        // Nothing of the person is left anywhere, and the e-ID would no longer find the row.
        assertThat(PersonalDataScan.columnsHolding(jdbc, given, family)).isEmpty();
        assertThat(jdbc.sql(
                                "SELECT erased_at IS NOT NULL AND pin_encrypted = '\\x00'::bytea FROM resident WHERE id = :id")
                        .param("id", residentId)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        // The demo sign-in no longer offers or accepts the erased resident.
        assertThat(mvc.perform(post("/sv/logga-in/demo")
                                .param("resident", String.valueOf(residentId))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/sv/logga-in?fel");
    }

    @Test
    void theSessionHoldsOnlyWhatTheRecordsStillHold() throws Exception {
        Cookie session = signIn();

        // A changed name is the one a new draft carries, not the one the session remembered.
        jdbc.sql("UPDATE resident SET given_name = :g WHERE id = :id")
                .param("g", "Ny" + given)
                .param("id", residentId)
                .update();
        mvc.perform(newDraft(session)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT proposer_name FROM proposal WHERE resident_id = :r")
                        .param("r", residentId)
                        .query(String.class)
                        .single())
                .isEqualTo("Ny" + given + " " + family);

        // A record erased behind the session's back (no session was ended): the next request is a visitor's.
        jdbc.sql("UPDATE resident SET given_name = '', family_name = '', erased_at = now() WHERE id = :id")
                .param("id", residentId)
                .update();
        assertThat(mvc.perform(get("/sv/mina-sidor").cookie(session))
                        .andExpect(status().is3xxRedirection())
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .contains("/sv/logga-in");
        assertThat(sessions()).isZero();
        mvc.perform(newDraft(session)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM proposal WHERE resident_id = :r")
                        .param("r", residentId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
