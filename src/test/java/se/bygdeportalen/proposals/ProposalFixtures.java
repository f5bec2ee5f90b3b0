package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.proposals.internal.AcceptProposal;
import se.bygdeportalen.proposals.internal.ReferProposal;
import se.bygdeportalen.proposals.internal.SaveProposalDraft;
import se.bygdeportalen.proposals.internal.SubmitProposal;
import se.bygdeportalen.proposals.web.ProposalForms;
import se.bygdeportalen.test.TestResidents;

/**
 * Builders the proposals tests share: residents and proposals in each state, made through the
 * module's own use cases so they pass the same rules.
 */
class ProposalFixtures {

    /** The bodies and a village the tests refer to (test databases have no demo data). */
    static void organisation(JdbcClient jdbc) {
        jdbc.sql("""
                INSERT INTO organisation_body (slug, kind, name, sort) VALUES
                  ('kommunfullmaktige', 'COUNCIL', '{"sv":"Kommunfullmäktige","fi":"Kunnanvaltuusto","fit":"Kunnanvaltuusto","en":"Municipal Council"}', 0),
                  ('kommunstyrelsen', 'EXECUTIVE_BOARD', '{"sv":"Kommunstyrelsen","fi":"Kunnanhallitus","fit":"Kunnanhallitus","en":"Municipal Executive Board"}', 0)
                ON CONFLICT (slug) DO NOTHING
                """).update();
        jdbc.sql(
                        "INSERT INTO organisation_village (slug, name) VALUES ('juoksengi', '{\"sv\":\"Juoksengi\"}') ON CONFLICT (slug) DO NOTHING")
                .update();
    }

    static PortalUser resident(JdbcClient jdbc) {
        String family = "Testsson" + UUID.randomUUID().toString().substring(0, 6);
        long id = TestResidents.demoResident(jdbc, "Aino", family);
        return PortalUser.resident(id, "Aino " + family);
    }

    static ProposalForms.ProposalForm form(String title) {
        return new ProposalForms.ProposalForm(
                "sv",
                title,
                "Bygg ett vindskydd vid badplatsen.\nDet behövs för skolklasser.",
                "kultur-och-fritid",
                "",
                "aino@example.se",
                "",
                UUID.randomUUID().toString());
    }

    static long draft(SaveProposalDraft save, PortalUser resident, String title) {
        Result r = save.saveDraft(form(title).toDraft(null, List.of()), Actor.of(resident));
        assertThat(r).isInstanceOf(Result.Saved.class);
        return r.id();
    }

    static long submitted(SaveProposalDraft save, SubmitProposal submit, PortalUser resident, String title) {
        long id = draft(save, resident, title);
        assertThat(submit.submit(new SubmitProposal.Command(id, address()), Actor.of(resident))
                        .isSaved())
                .isTrue();
        return id;
    }

    static long published(
            SaveProposalDraft save,
            SubmitProposal submit,
            AcceptProposal accept,
            PortalUser resident,
            PortalUser staff,
            String title) {
        long id = submitted(save, submit, resident, title);
        assertThat(accept.accept(new AcceptProposal.Command(id), Actor.of(staff))
                        .isSaved())
                .isTrue();
        return id;
    }

    static long referred(
            SaveProposalDraft save,
            SubmitProposal submit,
            AcceptProposal accept,
            ReferProposal refer,
            PortalUser resident,
            PortalUser staff,
            String title) {
        long id = published(save, submit, accept, resident, staff, title);
        assertThat(refer.refer(new ReferProposal.Command(id, "kommunstyrelsen", null), Actor.of(staff))
                        .isSaved())
                .isTrue();
        return id;
    }

    /**
     * A client address no earlier call handed out, so the per-address rate limits of one test never spill
     * into the next test of its class (the limits' buckets live in the class's database). Counted, not
     * random: a failing run repeats with the same addresses.
     */
    static org.springframework.test.web.servlet.request.RequestPostProcessor anAddress() {
        String address = nextAddress();
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /**
     * Publishes what the decisions module publishes when it records a decision on a proposal, and waits
     * until the proposals module's listener has handled it (its publication is no longer incomplete).
     */
    static void decisionRecorded(
            org.springframework.transaction.support.TransactionTemplate tx,
            org.springframework.context.ApplicationEventPublisher publisher,
            org.springframework.modulith.events.core.EventPublicationRegistry registry,
            long proposalId,
            DecisionReference decision) {
        DecisionOnProposalRecorded event = new DecisionOnProposalRecorded(proposalId, decision);
        tx.executeWithoutResult(s -> publisher.publishEvent(event));
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> registry.findIncompletePublications().stream().noneMatch(p -> event.equals(p.getEvent())));
    }

    /** A client address no earlier call handed out, as a rate-limit key, for calling use cases directly. */
    static String address() {
        return "address:" + nextAddress();
    }

    static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(nextAddress());
        return request;
    }

    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES =
            new java.util.concurrent.atomic.AtomicInteger();

    /** 10.0.0.1, 10.0.0.2, … (private addresses, never a real client's). */
    private static String nextAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "10." + (n / 62_500) % 256 + "." + (n / 250) % 250 + "." + (1 + n % 250);
    }
}
