package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import se.bygdeportalen.platform.casenumber.CaseNumbers;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.TestClock;
import se.bygdeportalen.test.TestStaff;

/** A resident with e-ID writes a draft, reviews it and sends it; every bad input is refused with a 4xx and nothing stored. */
@IntegrationTest
class SubmitProposalIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseNumbers caseNumbers;

    @Autowired
    TestClock clock;

    PortalUser resident;

    @BeforeEach
    void setUp() {
        ProposalFixtures.organisation(jdbc);
        resident = ProposalFixtures.resident(jdbc);
    }

    private MockMultipartHttpServletRequestBuilder newDraft(String title, String body) {
        return newDraft(title, body, UUID.randomUUID().toString());
    }

    private MockMultipartHttpServletRequestBuilder newDraft(String title, String body, String key) {
        MockMultipartHttpServletRequestBuilder b = multipart("/sv/medborgarforslag/nytt");
        b.param("language", "sv")
                .param("title", title)
                .param("body", body)
                .param("category", "vagar-och-trafik")
                .param("village", "juoksengi")
                .param("email", "aino@example.se")
                .param("phone", "")
                .param("idempotencyKey", key);
        b.with(TestStaff.as(resident)).with(csrf()).with(ProposalFixtures.anAddress());
        return b;
    }

    private int count() {
        return jdbc.sql("SELECT count(*) FROM proposal WHERE resident_id = :r")
                .param("r", resident.id())
                .query(Integer.class)
                .single();
    }

    @Test
    void sentJustAfterMidnightOnNewYearsDayInStockholmTheCaseIsOfTheNewYearAndDueAYearLater() throws Exception {
        // 00:30 on 1 January 2027 in Stockholm is still 2026 in UTC.
        clock.setStockholm(LocalDateTime.of(2027, 1, 1, 0, 30));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-12-31T23:30:00Z"));
        String title = "Nyårsfyrverkeri vid älven " + UUID.randomUUID();
        String location = mvc.perform(newDraft(title, "Ett gemensamt fyrverkeri i stället för många små.")
                        .param("action", "review"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D+(\\d+)/granska", "$1"));
        int before = caseNumbers.last("KS", 2027);

        mvc.perform(post("/sv/medborgarforslag/mina/" + id + "/skicka")
                        .with(TestStaff.as(resident))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());

        String caseNumber = jdbc.sql("SELECT case_number FROM proposal WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(caseNumber).isEqualTo("KS 2027/" + (before + 1));
        // Decided within a year (KL 8 kap 1 §), counted from the day it came in, in Stockholm.
        assertThat(jdbc.sql("SELECT deadline FROM proposal WHERE id = :id")
                        .param("id", id)
                        .query((rs, n) -> rs.getObject(1, LocalDate.class))
                        .single())
                .isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(jdbc.sql(
                                "SELECT body_text FROM mail_outbox WHERE recipient = 'aino@example.se' AND category = 'proposals.receipt' AND body_text LIKE :c")
                        .param("c", "%" + caseNumber + "%")
                        .query(String.class)
                        .single()
                        .replaceAll("\\s+", " "))
                .contains("beslutat senast 1 januari 2028");
    }

    @Test
    void draftReviewSendReceiptAndMail() throws Exception {
        String location = mvc.perform(newDraft("Belysning vid skolan", "Sätt upp lampor längs gångvägen.")
                        .param("action", "review"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/sv/medborgarforslag/mina/\\d+/granska");
        long id = Long.parseLong(location.replaceAll("\\D+(\\d+)/granska", "$1"));
        assertThat(jdbc.sql("SELECT status FROM proposal WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("DRAFT");

        String review = mvc.perform(get(location).with(TestStaff.as(resident)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(review)
                .contains("Belysning vid skolan")
                .contains("Det här blir offentligt")
                .contains("personnummer");

        int year = clock.today().getYear();
        int before = caseNumbers.last("KS", year);
        mvc.perform(post("/sv/medborgarforslag/mina/" + id + "/skicka")
                        .with(TestStaff.as(resident))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/sv/medborgarforslag/mina/" + id + "/kvitto"));
        var row = jdbc.sql(
                        "SELECT status, case_number, case_year, case_seq, deadline, submitted_at FROM proposal WHERE id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(row.get("status")).isEqualTo("SUBMITTED");
        assertThat((String) row.get("case_number")).matches("KS \\d{4}/\\d+");
        // The number is the next of the platform's KS counter for the year, written as before.
        assertThat(row.get("case_number")).isEqualTo("KS " + year + "/" + (before + 1));
        assertThat(caseNumbers.last("KS", year)).isEqualTo(before + 1);
        assertThat(row.get("deadline")).isNotNull();

        String receipt = mvc.perform(
                        get("/sv/medborgarforslag/mina/" + id + "/kvitto").with(TestStaff.as(resident)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(receipt).contains((String) row.get("case_number")).contains("kvitto.pdf");
        byte[] pdf = mvc.perform(
                        get("/sv/medborgarforslag/mina/" + id + "/kvitto.pdf").with(TestStaff.as(resident)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

        // The receipt mail, in the outbox, with a link to the PDF that works without signing in.
        String mail = jdbc.sql(
                        "SELECT body_text FROM mail_outbox WHERE recipient = 'aino@example.se' AND category = 'proposals.receipt' AND body_text LIKE :c")
                .param("c", "%" + row.get("case_number") + "%")
                .query(String.class)
                .single();
        String pdfLink = mail.replaceAll("(?s).*(/sv/medborgarforslag/kvitto/[A-Za-z0-9_-]{43}\\.pdf).*", "$1");
        mvc.perform(get(pdfLink))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        // The receipt page behind the secret link is the proposer's alone: no cache may share it.
        mvc.perform(get(pdfLink.replace(".pdf", "")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "private, no-store"))
                .andExpect(header().doesNotExist("ETag"));

        // Sending twice does not make a second case number.
        mvc.perform(post("/sv/medborgarforslag/mina/" + id + "/skicka")
                        .with(TestStaff.as(resident))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT case_number FROM proposal WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo(row.get("case_number"));
        // Sent proposals cannot be edited any more.
        mvc.perform(newDraft("x", "y")).andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/sv/medborgarforslag/mina/" + id)
                        .param("language", "sv")
                        .param("title", "Ändrad")
                        .param("body", "Ändrad")
                        .with(TestStaff.as(resident))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().isConflict());
    }

    @Test
    void theProposerWithdrawsBeforePublication() throws Exception {
        String location = mvc.perform(newDraft("Återkallas", "Text").param("action", "review"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D+(\\d+)/granska", "$1"));
        mvc.perform(post("/sv/medborgarforslag/mina/" + id + "/aterkalla")
                        .with(TestStaff.as(resident))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().isConflict());
        mvc.perform(post("/sv/medborgarforslag/mina/" + id + "/skicka")
                        .with(TestStaff.as(resident))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/sv/medborgarforslag/mina/" + id + "/kvitto")
                                .with(TestStaff.as(resident)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/aterkalla");
        PortalUser other = ProposalFixtures.resident(jdbc);
        mvc.perform(post("/sv/medborgarforslag/mina/" + id + "/aterkalla")
                        .with(TestStaff.as(other))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/sv/medborgarforslag/mina/" + id + "/aterkalla")
                        .with(TestStaff.as(resident))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());
        var row = jdbc.sql("SELECT status, case_number FROM proposal WHERE id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(row.get("status")).isEqualTo("WITHDRAWN");
        assertThat(row.get("case_number")).isNotNull();
    }

    @Test
    void theSameFormSentTwiceMakesOneDraft() throws Exception {
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(newDraft("Dubbelklick", "Text", key)).andExpect(status().is3xxRedirection());
        }
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() throws Exception {
        mvc.perform(newDraft("", "Text")).andExpect(status().isBadRequest());
        mvc.perform(newDraft("Rubrik", "")).andExpect(status().isBadRequest());
        mvc.perform(newDraft("x".repeat(151), "Text")).andExpect(status().isBadRequest());
        mvc.perform(newDraft("Rubrik", "x".repeat(10_001))).andExpect(status().isBadRequest());
        mvc.perform(newDraft("Rubrik", "Text").param("category", "nonsense")).andExpect(status().isBadRequest());
        mvc.perform(newDraft("Rubrik", "Text").param("village", "atlantis")).andExpect(status().isBadRequest());
        mvc.perform(newDraft("Rubrik", "Text").param("language", "de")).andExpect(status().isBadRequest());
        mvc.perform(newDraft("Rubrik", "Text").param("email", "inte en adress")).andExpect(status().isBadRequest());
        String page =
                mvc.perform(newDraft("", "Text")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("error-summary").contains("Skriv en rubrik.");
        assertThat(count()).isZero();
    }

    @Test
    void filesAreCheckedByContentAndCounted() throws Exception {
        // A text file that calls itself a PNG.
        MockMultipartFile lying =
                new MockMultipartFile("attachments", "bild.png", "image/png", "inte en bild".getBytes());
        mvc.perform(newDraft("Med bilaga", "Text").file(lying)).andExpect(status().isUnsupportedMediaType());
        MockMultipartFile exe = new MockMultipartFile(
                "attachments", "program.exe", "application/octet-stream", new byte[] {'M', 'Z', 0, 0});
        mvc.perform(newDraft("Med bilaga", "Text").file(exe)).andExpect(status().isUnsupportedMediaType());
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4\n".getBytes(), 0, big, 0, 9);
        mvc.perform(newDraft("Stor bilaga", "Text")
                        .file(new MockMultipartFile("attachments", "stor.pdf", "application/pdf", big)))
                .andExpect(status().isPayloadTooLarge());
        MockMultipartHttpServletRequestBuilder six = newDraft("Många bilagor", "Text");
        for (int i = 0; i < 6; i++) {
            six.file(new MockMultipartFile(
                    "attachments", "d" + i + ".pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes()));
        }
        mvc.perform(six).andExpect(status().isBadRequest());
        assertThat(count()).isZero();
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM proposal_attachment a JOIN proposal p ON p.id = a.proposal_id WHERE p.resident_id = :r")
                        .param("r", resident.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void someoneElsesDraftIsNotFound() throws Exception {
        String location = mvc.perform(newDraft("Mitt utkast", "Text"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D+(\\d+).*", "$1"));
        PortalUser other = ProposalFixtures.resident(jdbc);
        mvc.perform(get("/sv/medborgarforslag/mina/" + id).with(TestStaff.as(other)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/sv/medborgarforslag/mina/" + id + "/skicka")
                        .with(TestStaff.as(other))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/sv/medborgarforslag/mina/" + id + "/ta-bort")
                        .with(TestStaff.as(other))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/sv/medborgarforslag/mina/" + id + "/kvitto.pdf").with(TestStaff.as(other)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT status FROM proposal WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("DRAFT");
        // Without CSRF token nothing happens either.
        mvc.perform(post("/sv/medborgarforslag/mina/" + id + "/skicka").with(TestStaff.as(resident)))
                .andExpect(status().isForbidden());
        // Its owner can delete it.
        mvc.perform(post("/sv/medborgarforslag/mina/" + id + "/ta-bort")
                        .with(TestStaff.as(resident))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());
        assertThat(count()).isZero();
    }

    @Test
    void submissionsAreRateLimitedPerPerson() throws Exception {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String location = mvc.perform(newDraft("Förslag " + i, "Text"))
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            ids.add(Long.parseLong(location.replaceAll("\\D+(\\d+).*", "$1")));
        }
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/sv/medborgarforslag/mina/" + ids.get(i) + "/skicka")
                            .with(TestStaff.as(resident))
                            .with(csrf())
                            .with(ProposalFixtures.anAddress()))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/sv/medborgarforslag/mina/" + ids.get(5) + "/skicka")
                        .with(TestStaff.as(resident))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().isTooManyRequests());
        assertThat(jdbc.sql("SELECT status FROM proposal WHERE id = :id")
                        .param("id", ids.get(5))
                        .query(String.class)
                        .single())
                .isEqualTo("DRAFT");
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    /** Sex and age band at submission come from the encrypted personal identity number; the number itself is stored nowhere here. */
    @Test
    void sexAndAgeBandAreStoredButNeverThePersonalIdentityNumber() throws Exception {
        // Sign a resident in the way e-ID does (the platform's sign-in is internal to it, so reached reflectively).
        Class<?> type = Class.forName("se.bygdeportalen.platform.identity.internal.SignInResident");
        java.lang.reflect.Method signIn = type.getDeclaredMethod("signIn", String.class, String.class, String.class);
        signIn.setAccessible(true);
        int serial = 100 + new java.util.Random().nextInt(800);
        String pin = "20120612" + serial + "2";
        String normalized = pin;
        PortalUser child = (PortalUser) signIn.invoke(
                context.getBean(type),
                normalized.substring(0, 8) + "-" + normalized.substring(8),
                "Elin",
                "Pekkari" + serial);
        resident = child;
        String location = mvc.perform(newDraft("Fler bänkar i parken", "Text").param("action", "review"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D+(\\d+)/granska", "$1"));
        mvc.perform(post("/sv/medborgarforslag/mina/" + id + "/skicka")
                        .with(TestStaff.as(child))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());
        var row = jdbc.sql("SELECT * FROM proposal WHERE id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(row.get("submitter_age_band")).isEqualTo("0-17");
        assertThat(row.get("submitter_sex")).isIn("FEMALE", "MALE");
        assertThat(row.values())
                .noneMatch(v ->
                        v != null && (v.toString().contains(pin) || v.toString().contains(pin.substring(2))));
    }

    @Test
    void anonymousVisitorsAreSentToSignInOrTheEmailRoute() throws Exception {
        String page = mvc.perform(get("/fi/medborgarforslag/nytt"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("/fi/medborgarforslag/nytt/utan-e-legitimation")
                .contains("lang=\"fi\"");
        mvc.perform(multipart("/sv/medborgarforslag/nytt")
                        .param("title", "x")
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/sv/logga-in"));
    }
}
