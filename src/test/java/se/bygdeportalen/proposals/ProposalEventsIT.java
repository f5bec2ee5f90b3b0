package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.proposals.internal.AcceptProposal;
import se.bygdeportalen.proposals.internal.PublishEarlierReferrals;
import se.bygdeportalen.proposals.internal.ReferProposal;
import se.bygdeportalen.proposals.internal.SaveProposalDraft;
import se.bygdeportalen.proposals.internal.SubmitProposal;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.TestStaff;

/**
 * The flows between decisions and proposals run through events: a decision recorded on a proposal
 * reaches its public timeline through the publication registry, a listener that fails is retried from
 * the registry and then completes, and referrals made before the event existed are announced once.
 */
@IntegrationTest
@EnableScenarios
@RecordApplicationEvents
class ProposalEventsIT {

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
    ReferProposal refer;

    @Autowired
    Proposals proposals;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    PublishEarlierReferrals earlierReferrals;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ApplicationEventPublisher publisher;

    PortalUser resident;
    PortalUser registrar;

    @BeforeEach
    void setUp() {
        ProposalFixtures.organisation(jdbc);
        resident = ProposalFixtures.resident(jdbc);
        registrar = new TestStaff(jdbc, encoder).create(Role.REGISTRAR);
    }

    private List<String> publicDecisionTitles(long proposalId) {
        return jdbc.sql(
                        "SELECT decision_title FROM proposal_event WHERE proposal_id = :p AND kind = 'DECISION_LINKED' AND public")
                .param("p", proposalId)
                .query(String.class)
                .list();
    }

    private static DecisionReference decision(long decisionId, String title) {
        return new DecisionReference(
                decisionId,
                title,
                "Kommunstyrelsen",
                LocalDate.of(2026, 3, 9),
                "/beslut/" + decisionId,
                "Kommunstyrelsen bifaller förslaget.");
    }

    @Test
    void aRecordedDecisionAppearsOnTheProposalsPublicTimeline(Scenario scenario) throws Exception {
        long id = ProposalFixtures.referred(
                save, submit, accept, refer, resident, registrar, "Skolskjuts till Aapua " + System.nanoTime());
        long decisionId = 910_000 + System.nanoTime() % 10_000;

        scenario.publish(new DecisionOnProposalRecorded(id, decision(decisionId, "Beslut om skolskjuts")))
                .andWaitForStateChange(() -> publicDecisionTitles(id), titles -> !titles.isEmpty())
                .andVerify(titles -> assertThat(titles).containsExactly("Beslut om skolskjuts"));

        String page = mvc.perform(get("/sv" + proposals.byId(id).orElseThrow().path()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Beslut om skolskjuts").contains("/sv/beslut/" + decisionId);
    }

    @Test
    void aListenerThatFailsIsRetriedFromTheRegistryAndCompletes() throws Exception {
        // Sent in but not yet published: the listener refuses to link a decision to it, so the first attempt fails.
        long id = ProposalFixtures.submitted(save, submit, resident, "Fler bänkar längs älven " + System.nanoTime());
        DecisionOnProposalRecorded event =
                new DecisionOnProposalRecorded(id, decision(920_000 + System.nanoTime() % 10_000, "Beslut om bänkar"));
        tx.executeWithoutResult(s -> publisher.publishEvent(event));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> publicationStatus(event) == EventPublication.Status.FAILED);
        assertThat(publicDecisionTitles(id)).isEmpty();

        // Once the proposal is published, resubmitting the incomplete publication completes it.
        accept.accept(new AcceptProposal.Command(id), Actor.of(registrar));
        incomplete.resubmitIncompletePublications(p -> event.equals(p.getEvent()));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> publicationStatus(event) == null);
        assertThat(publicDecisionTitles(id)).containsExactly("Beslut om bänkar");
    }

    @Test
    void referralsFromBeforeTheEventArePublishedOnce() {
        long id = ProposalFixtures.referred(
                save, submit, accept, refer, resident, registrar, "Äldre remiss " + System.nanoTime());
        // As in a database from before the event: the marker is not there yet.
        jdbc.sql("DELETE FROM proposal_backfill WHERE name = 'publish-earlier-referrals'")
                .update();
        events.clear();

        Integer published = tx.execute(s -> earlierReferrals.publishOnce());
        assertThat(published).isPositive();
        ProposalReferred referred = events.stream(ProposalReferred.class)
                .filter(e -> e.proposalId() == id)
                .findFirst()
                .orElseThrow();
        assertThat(referred.bodySlug()).isEqualTo("kommunstyrelsen");
        assertThat(referred.proposal().status()).isEqualTo("REFERRED");
        assertThat(referred.deadline()).isNotNull();

        events.clear();
        Integer again = tx.execute(s -> earlierReferrals.publishOnce());
        assertThat(again).isZero();
        assertThat(events.stream(ProposalReferred.class)).isEmpty();
    }

    /** The publication's status while it is incomplete; null once it completed (completed ones are deleted). */
    private EventPublication.Status publicationStatus(DecisionOnProposalRecorded event) {
        return registry.findIncompletePublications().stream()
                .filter(p -> event.equals(p.getEvent()))
                .map(EventPublication::getStatus)
                .findFirst()
                .orElse(null);
    }
}
