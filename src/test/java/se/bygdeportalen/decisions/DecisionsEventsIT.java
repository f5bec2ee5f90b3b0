package se.bygdeportalen.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import se.bygdeportalen.decisions.internal.Assessment;
import se.bygdeportalen.decisions.internal.AwaitingProposals;
import se.bygdeportalen.decisions.internal.Category;
import se.bygdeportalen.decisions.internal.DecisionContent;
import se.bygdeportalen.decisions.internal.DecisionRepository;
import se.bygdeportalen.decisions.internal.Meeting;
import se.bygdeportalen.decisions.internal.MeetingRepository;
import se.bygdeportalen.decisions.internal.RecordDecision;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.proposals.DecisionOnProposalRecorded;
import se.bygdeportalen.proposals.DecisionReference;
import se.bygdeportalen.proposals.ProposalAnswered;
import se.bygdeportalen.proposals.ProposalReference;
import se.bygdeportalen.proposals.ProposalReferred;
import se.bygdeportalen.proposals.Proposals;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.TestStaff;

/**
 * Decisions depends on proposals one way, through events: it learns of referred and answered
 * proposals from {@link ProposalReferred} and {@link ProposalAnswered} (its own list, shown in the
 * decision form), and announces a decision that answers a proposal with {@link DecisionOnProposalRecorded}.
 * The proposals module's published API is replaced here, so the test needs none of its data.
 */
@IntegrationTest
@EnableScenarios
class DecisionsEventsIT {

    @MockitoBean
    Proposals proposals;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    MeetingRepository meetings;

    @Autowired
    DecisionRepository decisions;

    @Autowired
    AwaitingProposals awaiting;

    @Autowired
    RecordDecision record;

    DecisionsTestData data;
    PortalUser registrar;

    @BeforeEach
    void setUp() {
        data = new DecisionsTestData(jdbc, meetings, decisions);
        registrar = new TestStaff(jdbc, encoder).create(Role.ADMINISTRATOR);
    }

    @Test
    void aReferredProposalIsOfferedInTheDecisionFormUntilItIsAnswered(Scenario scenario) throws Exception {
        Meeting held =
                data.meeting(data.body("COUNCIL"), DecisionsTestData.today().minusDays(1));
        long id = uniqueId();
        ProposalReference proposal = new ProposalReference(
                id,
                "KS 2026/" + (id % 9000 + 1),
                "Skoterled till Juoksengi " + id,
                "sv",
                "REFERRED",
                "/medborgarforslag/2026-" + id);
        assertThat(options(held, id)).isZero();

        scenario.publish(new ProposalReferred(proposal, "kommunfullmaktige", LocalDate.of(2027, 3, 31)))
                .andWaitForStateChange(() -> awaiting.list().contains(proposal), Boolean::booleanValue)
                .andVerify(found -> assertThat(options(held, id)).isOne());

        // Delivered again (the registry retries until a listener completes): still offered once.
        scenario.publish(new ProposalReferred(proposal, "kommunfullmaktige", LocalDate.of(2027, 3, 31)))
                .andWaitForStateChange(
                        () -> awaiting.list().stream().filter(p -> p.id() == id).count(), n -> n == 1)
                .andVerify(n -> assertThat(options(held, id)).isOne());
        Document form = page(held);
        assertThat(form.select("select[name=proposalId] option[value=" + id + "]")
                        .text())
                .isEqualTo(proposal.caseNumber() + " Skoterled till Juoksengi " + id);

        scenario.publish(new ProposalAnswered(id, proposal.caseNumber()))
                .andWaitForStateChange(
                        () -> awaiting.list().stream().noneMatch(p -> p.id() == id), Boolean::booleanValue)
                .andVerify(gone -> assertThat(options(held, id)).isZero());

        // A late copy of the referral does not bring the answered proposal back.
        scenario.publish(new ProposalReferred(proposal, "kommunfullmaktige", LocalDate.of(2027, 3, 31)))
                .andWaitForStateChange(
                        () -> jdbc.sql(
                                        "SELECT count(*) FROM decisions_awaiting_proposal WHERE proposal_id = :id AND answered_at IS NOT NULL")
                                .param("id", id)
                                .query(Long.class)
                                .single(),
                        n -> n == 1)
                .andVerify(n -> assertThat(awaiting.list()).noneMatch(p -> p.id() == id));
    }

    @Test
    void recordingADecisionThatAnswersAProposalAnnouncesItWithTheDecisionsReference(Scenario scenario) {
        DecisionsTestData.TestBody council = data.body("COUNCIL");
        Meeting held = data.meeting(council, DecisionsTestData.today().minusDays(2));
        long id = uniqueId();
        ProposalReference proposal = new ProposalReference(
                id,
                "KS 2026/" + (id % 9000 + 1),
                "Bättre belysning vid skolan",
                "sv",
                "REFERRED",
                "/medborgarforslag/2026-" + id);
        when(proposals.byId(id)).thenReturn(Optional.of(proposal));
        DecisionContent content = new DecisionContent(
                TranslatableText.of("Svar på medborgarförslag om belysning", "Vastaus aloitteeseen", null, null),
                TranslatableText.swedish("Kommunfullmäktige bifaller förslaget."),
                Category.CITIZEN_PROPOSAL,
                null,
                null,
                null,
                null,
                null,
                null,
                Assessment.missing(),
                Assessment.missing(),
                Assessment.missing());

        scenario.stimulate(() -> record.recordDecision(
                        new RecordDecision.Command(held.id(), null, id, content, DecisionsTestData.today()),
                        Actor.of(registrar)))
                .andWaitForEventOfType(DecisionOnProposalRecorded.class)
                .matching(event -> event.proposalId() == id)
                .toArriveAndVerify((event, result) -> {
                    long decisionId = ((Result.Saved) result).id();
                    assertThat(event.decision())
                            .isEqualTo(new DecisionReference(
                                    decisionId,
                                    "Svar på medborgarförslag om belysning",
                                    "Testnämnd " + council.slug(),
                                    held.date(),
                                    "/beslut/" + decisionId,
                                    "Kommunfullmäktige bifaller förslaget."));
                    assertThat(decisions.find(decisionId).orElseThrow().proposalId())
                            .isEqualTo(id);
                });
    }

    private long options(Meeting held, long proposalId) {
        return page(held)
                .select("select[name=proposalId] option[value=" + proposalId + "]")
                .size();
    }

    private Document page(Meeting held) {
        try {
            var response = mvc.perform(get("/admin/sammantraden/" + held.id() + "/beslut/ny")
                            .with(TestStaff.as(registrar)))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            return Jsoup.parse(response.getContentAsString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An id no real proposal of the shared test database has. */
    private static long uniqueId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    }
}
