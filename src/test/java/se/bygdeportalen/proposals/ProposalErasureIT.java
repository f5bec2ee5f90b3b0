package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import se.bygdeportalen.platform.files.FileStorage;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.pdf.PdfDocument;
import se.bygdeportalen.platform.pdf.PdfRenderer;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.proposals.internal.AcceptProposal;
import se.bygdeportalen.proposals.internal.ConfirmProposal;
import se.bygdeportalen.proposals.internal.FollowProposal;
import se.bygdeportalen.proposals.internal.SaveProposalDraft;
import se.bygdeportalen.proposals.internal.SubmitProposal;
import se.bygdeportalen.proposals.internal.SubmitProposalByEmail;
import se.bygdeportalen.proposals.internal.SupportProposal;
import se.bygdeportalen.proposals.web.ProposalForms;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.PersonalDataScan;
import se.bygdeportalen.test.TestResidents;
import se.bygdeportalen.test.TestStaff;

/**
 * An administrator erases a resident who sent a proposal, kept a draft with a file, supported and
 * followed another proposal, and also sent one by e-mail without e-ID. Afterwards no table of any
 * module holds their name, e-mail addresses, phone or postal address; what the archive rules keep is
 * the sent proposals as public records, without the person, as the erase page says. The uploaded
 * file of the draft is gone from the file store (platform.files), the mail to them from the outbox.
 */
@IntegrationTest
class ProposalErasureIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    SaveProposalDraft save;

    @Autowired
    SubmitProposal submit;

    @Autowired
    AcceptProposal accept;

    @Autowired
    SupportProposal support;

    @Autowired
    FollowProposal follow;

    @Autowired
    SubmitProposalByEmail byEmail;

    @Autowired
    ConfirmProposal confirm;

    @Autowired
    FileStorage files;

    @Autowired
    PdfRenderer pdf;

    @BeforeEach
    void setUp() {
        ProposalFixtures.organisation(jdbc);
    }

    private static ProposalForms.ProposalForm form(String title, String email, String phone) {
        return new ProposalForms.ProposalForm(
                "sv",
                title,
                "Ställ ut bänkar längs älven.",
                "",
                "",
                email,
                phone,
                UUID.randomUUID().toString());
    }

    @Test
    void noTableHoldsTheResidentAfterErasureButTheSentProposalsStayAsPublicRecords() throws Exception {
        String given = "Gunvor" + PersonalDataScan.unique(6);
        String family = "Raderasson" + PersonalDataScan.unique(6);
        String email = "gunvor." + PersonalDataScan.unique(8) + "@example.invalid";
        String followEmail = "bevakning." + PersonalDataScan.unique(8) + "@example.invalid";
        String phone = "070-" + PersonalDataScan.digits(7);
        String address = "Raderasvägen " + PersonalDataScan.unique(6) + " 3, 957 31 Övertorneå";
        String[] personal = {given, family, email, followEmail, phone, address};
        long residentId = TestResidents.demoResident(jdbc, given, family);
        Actor resident = Actor.of(PortalUser.resident(residentId, given + " " + family));
        PortalUser registrar = new TestStaff(jdbc, encoder).create(Role.REGISTRAR);
        PortalUser admin = new TestStaff(jdbc, encoder).create(Role.ADMINISTRATOR);

        // Sent with e-ID, with e-mail and phone, and published.
        String sentTitle = "Bänkar vid älven " + PersonalDataScan.unique(4);
        long sent = save.saveDraft(form(sentTitle, email, phone).toDraft(null, List.of()), resident)
                .id();
        assertThat(submit.submit(new SubmitProposal.Command(sent, ProposalFixtures.address()), resident)
                        .isSaved())
                .isTrue();
        accept.accept(new AcceptProposal.Command(sent), Actor.of(registrar));
        // A draft with an uploaded file whose name carries the family name.
        byte[] map =
                pdf.render(PdfDocument.start("sv", "Karta").heading(1, "Karta").finish());
        long draft = tx.execute(s -> save.saveDraft(
                        form("Utkast " + PersonalDataScan.unique(4), email, "")
                                .toDraft(
                                        null,
                                        List.of(new MockMultipartFile(
                                                "attachments", family + "-karta.pdf", "application/pdf", map))),
                        resident)
                .id());
        UUID upload = jdbc.sql("SELECT file_id FROM proposal_attachment WHERE proposal_id = :p")
                .param("p", draft)
                .query(UUID.class)
                .single();
        // Supports and follows someone else's proposal, with a second address.
        PortalUser neighbour = ProposalFixtures.resident(jdbc);
        long theirs = ProposalFixtures.published(
                save, submit, accept, neighbour, registrar, "Fler soptunnor " + PersonalDataScan.unique(4));
        support.support(new SupportProposal.Command(theirs, ProposalFixtures.address()), resident);
        follow.follow(new FollowProposal.Command(theirs, followEmail, Lang.SV), resident);
        int supportsBefore = supportCount(theirs);
        // Sent by e-mail without e-ID from the same address: never linked to the resident's id.
        long byMail = byEmail.submit(
                        new SubmitProposalByEmail.Command(
                                given + " " + family,
                                address,
                                email,
                                phone,
                                Lang.SV,
                                "Skidspår " + PersonalDataScan.unique(4),
                                "Dra ett skidspår runt byn.",
                                null,
                                null,
                                UUID.randomUUID(),
                                List.of(),
                                ProposalFixtures.address()),
                        Actor.VISITOR)
                .id();
        String confirmation = jdbc.sql(
                        "SELECT body_text FROM mail_outbox WHERE recipient = :e AND category = 'proposals.confirmation'")
                .param("e", email)
                .query(String.class)
                .single();
        String token = confirmation.replaceAll("(?s).*/medborgarforslag/bekrafta/([A-Za-z0-9_-]{43}).*", "$1");
        assertThat(confirm.confirm(new ConfirmProposal.Command(token), Actor.VISITOR)
                        .isSaved())
                .isTrue();

        // Before: the scan finds the person in each module's tables.
        assertThat(PersonalDataScan.columnsHolding(jdbc, personal))
                .contains(
                        "resident.given_name",
                        "proposal.proposer_name",
                        "proposal.proposer_email",
                        "proposal.proposer_phone",
                        "proposal.proposer_address",
                        "proposal_subscription.email",
                        "proposal_attachment.original_name",
                        "stored_file.original_name",
                        "mail_outbox.recipient");
        // The erase page shows the addresses it will also match, and what is kept and why.
        String page = mvc.perform(get("/admin/personuppgifter/" + residentId).with(TestStaff.as(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains(email, followEmail)
                .contains("Det här sparas, och varför")
                .contains("Inlämnade förslag är allmänna handlingar")
                .contains("granskningsloggen");

        mvc.perform(post("/admin/personuppgifter/" + residentId + "/radera")
                        .with(csrf())
                        .with(TestStaff.as(admin))
                        .param("reason", "Begäran om radering, KS 2026/78")
                        .param("confirm", "true"))
                .andExpect(status().is3xxRedirection());

        // After: nothing of the person anywhere, in any module's table.
        assertThat(PersonalDataScan.columnsHolding(jdbc, personal)).isEmpty();
        // The draft and its file are gone; the sent proposals stay with case number, title and text.
        assertThat(jdbc.sql("SELECT count(*) FROM proposal WHERE id = :id")
                        .param("id", draft)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(files.find(upload)).isEmpty();
        for (long kept : List.of(sent, byMail)) {
            var row = jdbc.sql(
                            "SELECT case_number, title, body, resident_id, proposer_erased_at FROM proposal WHERE id = :id")
                    .param("id", kept)
                    .query()
                    .singleRow();
            assertThat(row.get("case_number")).isNotNull();
            assertThat(row.get("title").toString()).isNotBlank();
            assertThat(row.get("resident_id")).isNull();
            assertThat(row.get("proposer_erased_at")).isNotNull();
        }
        String path = jdbc.sql("SELECT case_year || '-' || case_seq FROM proposal WHERE id = :id")
                .param("id", sent)
                .query(String.class)
                .single();
        assertThat(mvc.perform(get("/sv/medborgarforslag/" + path))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains(sentTitle)
                .contains("Namnet borttaget på begäran");
        // The public support count is kept; who supported is not.
        assertThat(supportCount(theirs)).isEqualTo(supportsBefore);
        // The erasure is audited with the reason and the counts, without the person's data.
        assertThat(jdbc.sql(
                                "SELECT after_state::text FROM audit_log WHERE action = 'identity.personal-data.erased' AND entity_id = :id")
                        .param("id", String.valueOf(residentId))
                        .query(String.class)
                        .single())
                .contains("KS 2026/78")
                .contains("\"proposals\"");
    }

    private int supportCount(long proposalId) {
        return jdbc.sql("SELECT support_count FROM proposal WHERE id = :id")
                .param("id", proposalId)
                .query(Integer.class)
                .single();
    }
}
