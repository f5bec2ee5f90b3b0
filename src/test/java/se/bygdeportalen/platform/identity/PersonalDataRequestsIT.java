package se.bygdeportalen.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import se.bygdeportalen.platform.identity.internal.SignInResident;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.TestStaff;

/** An administrator answers access and erasure requests; the resident downloads their own data. */
@IntegrationTest
class PersonalDataRequestsIT {

    private static final String PIN = "19721108-3386";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SignInResident signIn;

    PortalUser admin;
    long residentId;

    @BeforeEach
    void setUp() {
        admin = new TestStaff(jdbc, encoder).create(Role.ADMINISTRATOR);
        jdbc.sql("DELETE FROM resident WHERE pin_hash IS NOT NULL AND given_name = 'Maija'")
                .update();
        residentId = signIn.signInResident(new SignInResident.Command(PIN, "Maija", "Vaara"), Actor.VISITOR)
                .id();
    }

    @Test
    void findsTheResidentByNumberWithoutPuttingItInTheUrlOrPage() throws Exception {
        String location = mvc.perform(post("/admin/personuppgifter")
                        .with(csrf())
                        .with(TestStaff.as(admin))
                        .param("personalNumber", PIN))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).isEqualTo("/admin/personuppgifter/" + residentId);

        String page = mvc.perform(get(location).with(TestStaff.as(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Maija Vaara").doesNotContain("3386").doesNotContain("19721108");
    }

    @Test
    void badAndUnknownNumbersGetLocalizedFieldErrors() throws Exception {
        String bad = mvc.perform(post("/admin/personuppgifter")
                        .with(csrf())
                        .with(TestStaff.as(admin))
                        .param("personalNumber", "12-34"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(bad).contains("Skriv personnumret med 12 siffror.").doesNotContain("value=\"12-34\"");
        mvc.perform(post("/admin/personuppgifter")
                        .with(csrf())
                        .with(TestStaff.as(admin))
                        .param("personalNumber", "190001011234"))
                .andExpect(status().isNotFound());
    }

    @Test
    void exportIsAuditedAndHasNoPersonalNumber() throws Exception {
        String json = mvc.perform(post("/admin/personuppgifter/" + residentId + "/export")
                        .with(csrf())
                        .with(TestStaff.as(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Disposition",
                                "attachment; filename=\"personuppgifter-" + residentId + ".json\""))
                .andExpect(jsonPath("$.resident[0].given_name").value("Maija"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("pin").doesNotContain("3386");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_log WHERE action = 'identity.personal-data.exported' AND entity_id = :id")
                        .param("id", String.valueOf(residentId))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void erasureNeedsReasonAndConfirmationThenAnonymisesEverywhere() throws Exception {
        mvc.perform(post("/admin/personuppgifter/" + residentId + "/radera")
                        .with(csrf())
                        .with(TestStaff.as(admin))
                        .param("reason", " "))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT given_name FROM resident WHERE id = :id")
                        .param("id", residentId)
                        .query(String.class)
                        .single())
                .isEqualTo("Maija");

        mvc.perform(post("/admin/personuppgifter/" + residentId + "/radera")
                        .with(csrf())
                        .with(TestStaff.as(admin))
                        .param("reason", "Begäran, KS 2026/41")
                        .param("confirm", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT given_name FROM resident WHERE id = :id")
                        .param("id", residentId)
                        .query(String.class)
                        .single())
                .isEmpty();
        assertThat(jdbc.sql(
                                "SELECT summary FROM audit_log WHERE action = 'identity.personal-data.erased' AND entity_id = :id")
                        .param("id", String.valueOf(residentId))
                        .query(String.class)
                        .single())
                .contains("KS 2026/41")
                .doesNotContain("3386");
        // The same person can sign in again later and starts afresh.
        assertThat(signIn.signInResident(new SignInResident.Command(PIN, "Maija", "Vaara"), Actor.VISITOR)
                        .id())
                .isNotEqualTo(residentId);
    }

    @Test
    void residentsDownloadOnlyTheirOwnData() throws Exception {
        mvc.perform(get("/fi/mina-sidor/mina-uppgifter.json")
                        .with(TestStaff.as(PortalUser.resident(residentId, "Maija Vaara"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resident[0].family_name").value("Vaara"))
                .andExpect(jsonPath("$.resident.length()").value(1));
        mvc.perform(get("/fi/mina-sidor/mina-uppgifter.json")).andExpect(status().is3xxRedirection());
    }
}
