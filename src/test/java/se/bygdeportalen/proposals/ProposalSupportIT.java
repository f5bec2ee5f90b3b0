package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.proposals.internal.AcceptProposal;
import se.bygdeportalen.proposals.internal.ProposalMails;
import se.bygdeportalen.proposals.internal.ProposalRepository;
import se.bygdeportalen.proposals.internal.ProposalsProperties;
import se.bygdeportalen.proposals.internal.SaveProposalDraft;
import se.bygdeportalen.proposals.internal.SubmitProposal;
import se.bygdeportalen.proposals.internal.SupportProposal;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.TestClock;
import se.bygdeportalen.test.TestStaff;

/** Residents support a published proposal once; the count is public, the supporters are not. */
@IntegrationTest
class ProposalSupportIT {

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
    AcceptProposal accept;

    @Autowired
    Proposals proposals;

    PortalUser proposer;
    PortalUser registrar;

    @BeforeEach
    void setUp() {
        ProposalFixtures.organisation(jdbc);
        proposer = ProposalFixtures.resident(jdbc);
        registrar = new TestStaff(jdbc, encoder).create(Role.REGISTRAR);
    }

    private int count(long id) {
        return jdbc.sql("SELECT support_count FROM proposal WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    @Test
    void onceEachCountedPubliclyNamesNever() throws Exception {
        long id = ProposalFixtures.published(
                save, submit, accept, proposer, registrar, "Isbana på älven " + System.nanoTime());
        String path = proposals.byId(id).orElseThrow().path();
        PortalUser supporter = ProposalFixtures.resident(jdbc);
        // Anonymous readers see a sign-in link and get no form (no cookie).
        String anonymous = mvc.perform(get("/sv" + path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(anonymous).doesNotContain("/stod\"").contains("/sv/logga-in");
        mvc.perform(post("/sv" + path + "/stod").with(csrf()).with(ProposalFixtures.anAddress()))
                .andExpect(status().isUnauthorized());

        mvc.perform(post("/sv" + path + "/stod")
                        .with(TestStaff.as(supporter))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());
        assertThat(count(id)).isEqualTo(1);
        mvc.perform(post("/sv" + path + "/stod")
                        .with(TestStaff.as(supporter))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().isConflict());
        assertThat(count(id)).isEqualTo(1);
        mvc.perform(post("/sv" + path + "/stod")
                        .with(TestStaff.as(proposer))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());
        assertThat(count(id)).isEqualTo(2);
        mvc.perform(post("/sv" + path + "/stod").with(TestStaff.as(supporter))).andExpect(status().isForbidden());

        String page = mvc.perform(get("/sv" + path).with(TestStaff.as(supporter)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Antal som stöder förslaget: 2").contains("Du stöder förslaget.");
        String publicPage =
                mvc.perform(get("/sv" + path)).andReturn().getResponse().getContentAsString();
        assertThat(publicPage).contains("Antal som stöder förslaget: 2").doesNotContain(supporter.displayName());
    }

    @Autowired
    ProposalRepository repository;

    @Autowired
    se.bygdeportalen.platform.ratelimit.RateLimiter limiter;

    @Autowired
    ProposalMails mails;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Autowired
    TestClock clock;

    @Test
    void reachingTheThresholdMarksTheProposalAndTellsTheRegistryOnce() {
        long id = ProposalFixtures.published(save, submit, accept, proposer, registrar, "Tröskel " + System.nanoTime());
        ProposalsProperties two = new ProposalsProperties(
                "KS",
                "{series} {year}/{number}",
                java.time.Period.ofYears(1),
                java.time.Period.ofDays(30),
                java.time.Duration.ZERO,
                2,
                java.time.Duration.ofHours(72),
                "registrator@example.se",
                5);
        SupportProposal support = new SupportProposal(repository, two, limiter, mails, clock);
        for (int i = 0; i < 3; i++) {
            PortalUser supporter = ProposalFixtures.resident(jdbc);
            tx.executeWithoutResult(s ->
                    support.support(new SupportProposal.Command(id, ProposalFixtures.address()), Actor.of(supporter)));
        }
        assertThat(count(id)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT support_threshold_reached_at IS NOT NULL FROM proposal WHERE id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM proposal_event WHERE proposal_id = :id AND kind = 'SUPPORT_THRESHOLD_REACHED'")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        String caseNumber = jdbc.sql("SELECT case_number FROM proposal WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox WHERE category = 'proposals.staff' AND subject = :s")
                        .param("s", "Många stöder medborgarförslag " + caseNumber)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void closedProposalsCannotBeSupported() throws Exception {
        long id = ProposalFixtures.published(save, submit, accept, proposer, registrar, "Stängd " + System.nanoTime());
        String path = proposals.byId(id).orElseThrow().path();
        jdbc.sql("UPDATE proposal SET support_ends_at = :ends WHERE id = :id")
                .param("ends", Timestamp.from(clock.instant().plus(Duration.ofDays(1))))
                .param("id", id)
                .update();
        // A day later the support period has ended.
        clock.advance(Duration.ofDays(1));
        PortalUser supporter = ProposalFixtures.resident(jdbc);
        mvc.perform(post("/sv" + path + "/stod")
                        .with(TestStaff.as(supporter))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().isConflict());
        jdbc.sql("UPDATE proposal SET support_ends_at = NULL, status = 'ANSWERED' WHERE id = :id")
                .param("id", id)
                .update();
        mvc.perform(post("/sv" + path + "/stod")
                        .with(TestStaff.as(supporter))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().isConflict());
        assertThat(count(id)).isZero();
        // A draft or an unknown number has no public page at all.
        long draft = ProposalFixtures.draft(save, proposer, "Utkast " + System.nanoTime());
        assertThat(proposals.byId(draft)).isEmpty();
        mvc.perform(post("/sv/medborgarforslag/1999-999999/stod")
                        .with(TestStaff.as(supporter))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/sv/medborgarforslag/1999-999999")).andExpect(status().isNotFound());
    }
}
