package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.TestClock;
import se.bygdeportalen.test.TestStaff;

/** Without e-ID: the e-mail route with its confirmation link, and the service office's paper route. */
@IntegrationTest
class SubmitProposalByEmailIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    String email;

    @BeforeEach
    void setUp() {
        ProposalFixtures.organisation(jdbc);
        email = "elev" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
    }

    private MockMultipartHttpServletRequestBuilder form(String key) {
        return form(key, "Elsa Keskitalo", "Skolvägen 1, 957 31 Övertorneå");
    }

    private MockMultipartHttpServletRequestBuilder form(String key, String name, String address) {
        MockMultipartHttpServletRequestBuilder b = multipart("/fit/medborgarforslag/nytt/utan-e-legitimation");
        b.param("name", name)
                .param("address", address)
                .param("email", email)
                .param("phone", "")
                .param("language", "fit")
                .param("title", "Skatepark Matarenkhiin")
                .param("body", "Met tarvithema skatepark nuorile.")
                .param("category", "")
                .param("village", "")
                .param("idempotencyKey", key);
        b.with(csrf()).with(ProposalFixtures.anAddress());
        return b;
    }

    private String state() {
        return jdbc.sql("SELECT status FROM proposal WHERE proposer_email = :e")
                .param("e", email)
                .query(String.class)
                .single();
    }

    @Test
    void confirmedThroughTheMailedLinkOnceAndThenCheckedByTheRegistrar() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(form(key)).andExpect(status().is3xxRedirection());
        mvc.perform(form(key)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM proposal WHERE proposer_email = :e")
                        .param("e", email)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(state()).isEqualTo("AWAITING_CONFIRMATION");
        assertThat(jdbc.sql("SELECT case_number FROM proposal WHERE proposer_email = :e")
                        .param("e", email)
                        .query(String.class)
                        .optional())
                .isEmpty();

        String mail = jdbc.sql(
                        "SELECT body_text FROM mail_outbox WHERE recipient = :e AND category = 'proposals.confirmation'")
                .param("e", email)
                .query(String.class)
                .single();
        assertThat(mail).contains("Hei Elsa Keskitalo");
        String link = mail.replaceAll("(?s).*(/fit/medborgarforslag/bekrafta/[A-Za-z0-9_-]{43}).*", "$1");
        // Opening the link (also a mail scanner's prefetch) changes nothing; the button confirms.
        String page = mvc.perform(get(link))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Skatepark Matarenkhiin").contains("lang=\"fit\"");
        assertThat(state()).isEqualTo("AWAITING_CONFIRMATION");
        String receipt = mvc.perform(post(link).with(csrf()).with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(receipt).matches("/fit/medborgarforslag/kvitto/[A-Za-z0-9_-]{43}");
        assertThat(state()).isEqualTo("SUBMITTED");
        assertThat(mvc.perform(get(receipt))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("KS ");
        assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient = :e AND category = 'proposals.receipt'")
                        .param("e", email)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        // The link works once.
        mvc.perform(post(link).with(csrf()).with(ProposalFixtures.anAddress())).andExpect(status().isNotFound());
        mvc.perform(get("/sv/medborgarforslag/bekrafta/inte-en-token")).andExpect(status().isNotFound());

        // The registrar must check the residency before accepting.
        long id = jdbc.sql("SELECT id FROM proposal WHERE proposer_email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("SELECT submitter_sex FROM proposal WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .optional())
                .isEmpty();
        PortalUser registrar = new TestStaff(jdbc, encoder).create(Role.REGISTRAR);
        mvc.perform(post("/admin/medborgarforslag/" + id + "/godkann")
                        .with(TestStaff.as(registrar))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().isConflict());
        mvc.perform(post("/admin/medborgarforslag/" + id + "/folkbokforing")
                        .with(TestStaff.as(registrar))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/medborgarforslag/" + id + "/godkann")
                        .with(TestStaff.as(registrar))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());
        assertThat(state()).isEqualTo("PUBLISHED");
    }

    /** Issue 11, finding 6: these gave a 500 and a stack trace; now a field error, and nothing is saved or mailed. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"\r", "\n", "\t", "\u2028", "\u0085", "\u001b"})
    void controlAndLineSeparatorCharactersInANameAreAFieldError(String character) throws Exception {
        String page = mvc.perform(
                        form(UUID.randomUUID().toString(), "Elsa" + character + "Bcc: x@example.org", "Skolvägen 1"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // The error summary links to the field, and the field keeps what was typed around the character.
        assertThat(page).contains("href=\"#f-name\"").contains("Bcc: x@example.org");
        assertThat(jdbc.sql("SELECT count(*) FROM proposal WHERE proposer_email = :e")
                        .param("e", email)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient = :e")
                        .param("e", email)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anExpiredLinkIsGoneAndMissingFieldsAreRefused() throws Exception {
        mvc.perform(form(UUID.randomUUID().toString(), "", "Skolvägen 1")).andExpect(status().isBadRequest());
        mvc.perform(form(UUID.randomUUID().toString(), "Elsa", " ")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT count(*) FROM proposal WHERE proposer_email = :e")
                        .param("e", email)
                        .query(Integer.class)
                        .single())
                .isZero();
        // Without a CSRF token: refused.
        mvc.perform(multipart("/sv/medborgarforslag/nytt/utan-e-legitimation").param("name", "X"))
                .andExpect(status().isForbidden());

        mvc.perform(form(UUID.randomUUID().toString())).andExpect(status().is3xxRedirection());
        String mail = jdbc.sql(
                        "SELECT body_text FROM mail_outbox WHERE recipient = :e AND category = 'proposals.confirmation'")
                .param("e", email)
                .query(String.class)
                .single();
        String link = mail.replaceAll("(?s).*(/fit/medborgarforslag/bekrafta/[A-Za-z0-9_-]{43}).*", "$1");
        // The link works for 72 hours (bygdeportalen.proposals.confirmation-validity).
        clock.advance(Duration.ofHours(72).plusMinutes(1));
        mvc.perform(get(link)).andExpect(status().isGone());
        mvc.perform(post(link).with(csrf()).with(ProposalFixtures.anAddress())).andExpect(status().isGone());
        assertThat(state()).isEqualTo("AWAITING_CONFIRMATION");
    }

    @Test
    void theServiceOfficeRegistersAPaperProposal() throws Exception {
        PortalUser office = new TestStaff(jdbc, encoder).create(Role.SERVICE_OFFICE);
        String page = mvc.perform(get("/admin/medborgarforslag/nytt").with(TestStaff.as(office)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("name=\"idempotencyKey\"");
        MockMultipartHttpServletRequestBuilder b = multipart("/admin/medborgarforslag/nytt");
        b.param("name", "Lars Niemi")
                .param("address", "Byvägen 3, Hietaniemi")
                .param("email", email)
                .param("language", "sv")
                .param("title", "Plogning av bygdevägen")
                .param("body", "Ploga vägen före klockan sju.")
                .param("sex", "MALE")
                .param("ageBand", "65+")
                .param("idempotencyKey", UUID.randomUUID().toString());
        b.with(TestStaff.as(office)).with(csrf()).with(ProposalFixtures.anAddress());
        mvc.perform(b).andExpect(status().isOk());
        var row = jdbc.sql(
                        "SELECT status, channel, case_number, registered_by, submitter_sex, submitter_age_band FROM proposal WHERE proposer_email = :e")
                .param("e", email)
                .query()
                .singleRow();
        assertThat(row.get("status")).isEqualTo("SUBMITTED");
        assertThat(row.get("channel")).isEqualTo("PAPER");
        assertThat(row.get("registered_by")).isEqualTo(office.id());
        assertThat(row.get("submitter_sex")).isEqualTo("MALE");
        assertThat(row.get("submitter_age_band")).isEqualTo("65+");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_log WHERE action = 'proposals.proposal.registered-on-paper' AND actor_id = :a")
                        .param("a", office.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        // A moderator may not register paper proposals; a resident never reaches staff pages.
        PortalUser moderator = new TestStaff(jdbc, encoder).create(Role.MODERATOR);
        mvc.perform(get("/admin/medborgarforslag/nytt").with(TestStaff.as(moderator)))
                .andExpect(status().isForbidden());
    }
}
