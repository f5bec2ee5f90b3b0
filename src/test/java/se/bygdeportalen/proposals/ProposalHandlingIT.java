package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.proposals.internal.RemindProposalDeadlines;
import se.bygdeportalen.proposals.internal.SaveProposalDraft;
import se.bygdeportalen.proposals.internal.SubmitProposal;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.TestClock;
import se.bygdeportalen.test.TestStaff;

/** The registrar's handling: amend, resubmit, accept, refer, link a decision, answer, decline; reminders; roles. */
@IntegrationTest
@org.springframework.test.context.event.RecordApplicationEvents
class ProposalHandlingIT {

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SaveProposalDraft save;

    @Autowired
    SubmitProposal submit;

    @Autowired
    Proposals proposals;

    @Autowired
    RemindProposalDeadlines reminders;

    @Autowired
    TestClock clock;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;

    @Autowired
    org.springframework.modulith.events.core.EventPublicationRegistry registry;

    PortalUser resident;
    PortalUser registrar;

    @BeforeEach
    void setUp() {
        ProposalFixtures.organisation(jdbc);
        resident = ProposalFixtures.resident(jdbc);
        registrar = new TestStaff(jdbc, encoder).create(Role.REGISTRAR);
    }

    private List<String> remindersOf(long id) {
        return jdbc.sql("SELECT kind FROM proposal_reminder WHERE proposal_id = :id ORDER BY kind")
                .param("id", id)
                .query(String.class)
                .list();
    }

    private String state(long id) {
        return jdbc.sql("SELECT status FROM proposal WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private int mails(long id, String category) {
        return jdbc.sql("SELECT count(*) FROM mail_outbox WHERE category = :c AND body_text LIKE :t")
                .param("c", category)
                .param(
                        "t",
                        "%"
                                + jdbc.sql("SELECT title FROM proposal WHERE id = :id")
                                        .param("id", id)
                                        .query(String.class)
                                        .single()
                                + "%")
                .query(Integer.class)
                .single();
    }

    @Test
    void fromSubmissionToAnswerWithALinkedDecision() throws Exception {
        long id = ProposalFixtures.submitted(
                save, submit, resident, "Längre öppettider i biblioteket " + System.nanoTime());
        String page = mvc.perform(get("/admin/medborgarforslag/" + id).with(TestStaff.as(registrar)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("aino@example.se").doesNotContain("pin_");
        assertThat(mvc.perform(get("/admin/medborgarforslag").with(TestStaff.as(registrar)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/admin/medborgarforslag/" + id);

        // Ask for an amendment: the proposer is mailed and may edit again, then sends it again.
        mvc.perform(post("/admin/medborgarforslag/" + id + "/komplettering")
                        .param("reason", "")
                        .with(TestStaff.as(registrar))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/medborgarforslag/" + id + "/komplettering")
                        .param("reason", "Dela upp i två förslag, ett per bibliotek.")
                        .with(TestStaff.as(registrar))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("AMENDMENT_REQUESTED");
        assertThat(mails(id, "proposals.amendment")).isEqualTo(1);
        mvc.perform(multipart("/sv/medborgarforslag/mina/" + id)
                        .param("language", "sv")
                        .param("title", "Längre öppettider i Övertorneå bibliotek")
                        .param("body", "Öppet till 20 på torsdagar.")
                        .param("email", "aino@example.se")
                        .param("action", "review")
                        .with(TestStaff.as(resident))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/sv/medborgarforslag/mina/" + id + "/skicka")
                        .with(TestStaff.as(resident))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("SUBMITTED");

        // Accept: published, the public page shows it; the proposer is mailed.
        mvc.perform(post("/admin/medborgarforslag/" + id + "/godkann")
                        .with(TestStaff.as(registrar))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("PUBLISHED");
        String path = proposals.byId(id).orElseThrow().path();
        assertThat(mvc.perform(get("/sv" + path))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Längre öppettider i Övertorneå bibliotek")
                .contains("Aino");
        // Accepting twice is a conflict, not a second publication.
        mvc.perform(post("/admin/medborgarforslag/" + id + "/godkann")
                        .with(TestStaff.as(registrar))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().isConflict());

        // Refer to the executive board; default deadline one year after submission.
        mvc.perform(post("/admin/medborgarforslag/" + id + "/remittera")
                        .param("body", "no-such-body")
                        .param("deadline", "")
                        .with(TestStaff.as(registrar))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/medborgarforslag/" + id + "/remittera")
                        .param("body", "kommunstyrelsen")
                        .param("deadline", "")
                        .with(TestStaff.as(registrar))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("REFERRED");
        LocalDate deadline = jdbc.sql("SELECT deadline FROM proposal WHERE id = :id")
                .param("id", id)
                .query(LocalDate.class)
                .single();
        LocalDate submittedOn = jdbc.sql(
                        "SELECT (submitted_at AT TIME ZONE 'Europe/Stockholm')::date FROM proposal WHERE id = :id")
                .param("id", id)
                .query(LocalDate.class)
                .single();
        assertThat(deadline).isEqualTo(submittedOn.plusYears(1));
        assertThat(events.stream(ProposalReferred.class)
                        .filter(e -> e.proposalId() == id)
                        .findFirst()
                        .orElseThrow()
                        .proposal()
                        .status())
                .isEqualTo("REFERRED");

        // The decisions module links a decision (idempotent), then the registrar answers with it.
        DecisionReference decision = new DecisionReference(
                987_654L,
                "Öppettider i biblioteken",
                "Kommunstyrelsen",
                TestClock.DEFAULT_TODAY.minusDays(1),
                "/beslut/2026-ks-12",
                "Kommunstyrelsen bifaller förslaget. Biblioteket har öppet till 20 på torsdagar från januari.");
        ProposalFixtures.decisionRecorded(tx, publisher, registry, id, decision);
        ProposalFixtures.decisionRecorded(tx, publisher, registry, id, decision);
        assertThat(jdbc.sql("SELECT count(*) FROM proposal_event WHERE proposal_id = :id AND kind = 'DECISION_LINKED'")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(mvc.perform(get("/admin/medborgarforslag/" + id).with(TestStaff.as(registrar)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Öppettider i biblioteken");
        mvc.perform(post("/admin/medborgarforslag/" + id + "/besvara")
                        .param("decisionId", "987654")
                        .param("outcome", "APPROVED")
                        .param("decidedOn", "")
                        .param("body", "kommunstyrelsen")
                        .param("text", "")
                        .with(TestStaff.as(registrar))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());
        var row = jdbc.sql(
                        "SELECT status, answer_text, answer_decision_id, answer_decision_path, answer_outcome FROM proposal WHERE id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(row.get("status")).isEqualTo("ANSWERED");
        assertThat((String) row.get("answer_text")).contains("bifaller");
        assertThat(row.get("answer_decision_id")).isEqualTo(987_654L);
        assertThat(proposals.byId(id).orElseThrow().status()).isEqualTo("ANSWERED");
        String publicPage = mvc.perform(get("/en" + path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(publicPage)
                .contains("bifaller")
                .contains("/en/beslut/2026-ks-12")
                .contains("Approved");
        assertThat(mails(id, "proposals.status")).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_log WHERE entity_type = 'proposal' AND entity_id = :id AND actor_kind = 'staff'")
                        .param("id", String.valueOf(id))
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);
        assertThat(events.stream(ProposalReferred.class).filter(e -> e.proposalId() == id))
                .hasSize(1);
        assertThat(events.stream(ProposalAnswered.class).filter(e -> e.proposalId() == id))
                .hasSize(1);
    }

    @Test
    void declineWithAReasonTheProposerSees() throws Exception {
        long id = ProposalFixtures.submitted(save, submit, resident, "Bygglov för mitt garage " + System.nanoTime());
        mvc.perform(post("/admin/medborgarforslag/" + id + "/avsla")
                        .param("reason", " ")
                        .with(TestStaff.as(registrar))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().isBadRequest());
        assertThat(state(id)).isEqualTo("SUBMITTED");
        mvc.perform(post("/admin/medborgarforslag/" + id + "/avsla")
                        .param("reason", "Förslaget gäller ett enskilt bygglovsärende.")
                        .with(TestStaff.as(registrar))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("DECLINED");
        assertThat(jdbc.sql(
                                "SELECT body_text FROM mail_outbox WHERE category = 'proposals.status' AND subject LIKE '%avvisades%' AND body_text LIKE '%enskilt bygglovsärende%'")
                        .query(String.class)
                        .list())
                .isNotEmpty();
        // Not public; the receipt page tells the proposer.
        assertThat(proposals.byId(id)).isEmpty();
        assertThat(mvc.perform(get("/sv/medborgarforslag/mina/" + id + "/kvitto")
                                .with(TestStaff.as(resident)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Avvisat");
    }

    @Test
    void staffRoutesAreRoleChecked() throws Exception {
        long id = ProposalFixtures.submitted(save, submit, resident, "Rollkontroll " + System.nanoTime());
        PortalUser moderator = new TestStaff(jdbc, encoder).create(Role.MODERATOR);
        PortalUser communicator = new TestStaff(jdbc, encoder).create(Role.COMMUNICATOR);
        mvc.perform(get("/admin/medborgarforslag").with(TestStaff.as(communicator)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/medborgarforslag/" + id + "/godkann")
                        .with(TestStaff.as(communicator))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/medborgarforslag/" + id + "/godkann")
                        .with(TestStaff.as(resident))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/medborgarforslag/" + id + "/godkann")
                        .with(TestStaff.as(moderator))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/medborgarforslag/" + id + "/remittera")
                        .param("body", "kommunstyrelsen")
                        .with(TestStaff.as(moderator))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().isForbidden());
        assertThat(state(id)).isEqualTo("PUBLISHED");
    }

    @Test
    void remindersAreSentOnceForDueAndOverdueProposalsByTheDayInStockholm() throws Exception {
        PortalUser staff = registrar;
        long id = ProposalFixtures.submitted(save, submit, resident, "Påminnelse " + System.nanoTime());
        mvc.perform(post("/admin/medborgarforslag/" + id + "/godkann")
                        .with(TestStaff.as(staff))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());
        // The Sunday summer time ends: at 00:30 the next night Stockholm is an hour ahead of UTC's date.
        LocalDate deadline = LocalDate.of(2026, 10, 25);
        mvc.perform(post("/admin/medborgarforslag/" + id + "/remittera")
                        .param("body", "kommunstyrelsen")
                        .param("deadline", deadline.toString())
                        .with(TestStaff.as(staff))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());

        // Reminded 30 days ahead (remind-before): not on the 31st day before, at midnight of the 30th in Stockholm.
        clock.setStockholm(deadline.minusDays(31).atTime(23, 59));
        reminders.remind(Actor.system("test"));
        assertThat(remindersOf(id)).isEmpty();
        clock.setStockholm(deadline.minusDays(30).atTime(0, 30));
        reminders.remind(Actor.system("test"));
        reminders.remind(Actor.system("test"));
        assertThat(remindersOf(id)).containsExactly("DUE_SOON");

        // Overdue from the day after the deadline in Stockholm, though UTC's date is still the deadline.
        clock.setStockholm(deadline.atTime(23, 59));
        reminders.remind(Actor.system("test"));
        assertThat(remindersOf(id)).containsExactly("DUE_SOON");
        clock.setStockholm(deadline.plusDays(1).atTime(0, 30));
        assertThat(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).isEqualTo(deadline);
        reminders.remind(Actor.system("test"));
        reminders.remind(Actor.system("test"));
        assertThat(remindersOf(id)).containsExactly("DUE_SOON", "OVERDUE");
        String title = jdbc.sql("SELECT title FROM proposal WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM mail_outbox WHERE category = 'proposals.staff' AND body_text LIKE :t AND subject NOT LIKE 'Nytt%' AND recipient = 'kommun@overtornea.se'")
                        .param("t", "%" + title + "%")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        // Each registrar gets the two reminders in person too.
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM mail_outbox WHERE category = 'proposals.staff' AND body_text LIKE :t AND recipient = :r")
                        .param("t", "%" + title + "%")
                        .param("r", staff.username() + "@test.invalid")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(mvc.perform(get("/admin/medborgarforslag?visa=forsenade").with(TestStaff.as(staff)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/admin/medborgarforslag/" + id);
        List<String> kinds = jdbc.sql(
                        "SELECT kind FROM proposal_event WHERE proposal_id = :id AND kind = 'REMINDER_SENT'")
                .param("id", id)
                .query(String.class)
                .list();
        assertThat(kinds).hasSize(2);
    }
}
