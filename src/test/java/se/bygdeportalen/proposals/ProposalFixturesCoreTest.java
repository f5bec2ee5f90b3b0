package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.BeanPropertyBindingResult;

import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.test.TestResidents;

/**
 * Builders the proposals tests share: residents and proposals in each state, made through the
 * module's own use cases so they pass the same rules. (A test class only so it sits with the tests.)
 */
class ProposalFixturesCoreTest {

    /** The bodies and a village the tests refer to (test databases have no demo data). */
    static void organisation(JdbcClient jdbc) {
        jdbc.sql("""
                INSERT INTO organisation_body (slug, kind, name, sort) VALUES
                  ('kommunfullmaktige', 'COUNCIL', '{"sv":"Kommunfullmäktige","fi":"Kunnanvaltuusto","fit":"Kunnanvaltuusto","en":"Municipal Council"}', 0),
                  ('kommunstyrelsen', 'EXECUTIVE_BOARD', '{"sv":"Kommunstyrelsen","fi":"Kunnanhallitus","fit":"Kunnanhallitus","en":"Municipal Executive Board"}', 0)
                ON CONFLICT (slug) DO NOTHING
                """).update();
        jdbc.sql("INSERT INTO organisation_village (slug, name) VALUES ('juoksengi', '{\"sv\":\"Juoksengi\"}') ON CONFLICT (slug) DO NOTHING").update();
    }

    static PortalUser resident(JdbcClient jdbc) {
        String family = "Testsson" + UUID.randomUUID().toString().substring(0, 6);
        long id = TestResidents.demoResident(jdbc, "Aino", family);
        return PortalUser.resident(id, "Aino " + family);
    }

    static ProposalForms.ProposalForm form(String title) {
        return new ProposalForms.ProposalForm("sv", title, "Bygg ett vindskydd vid badplatsen.\nDet behövs för skolklasser.",
                "kultur-och-fritid", "", "aino@example.se", "", UUID.randomUUID().toString());
    }

    static long draft(SaveProposalDraft save, PortalUser resident, String title) {
        ProposalForms.ProposalForm f = form(title);
        FormResult r = save.save(null, f, List.of(), new BeanPropertyBindingResult(f, "form"), resident);
        assertThat(r.ok()).isTrue();
        return r.id();
    }

    static long submitted(SaveProposalDraft save, SubmitProposal submit, PortalUser resident, String title) {
        long id = draft(save, resident, title);
        se.bygdeportalen.platform.security.PortalAuthentication auth = new se.bygdeportalen.platform.security.PortalAuthentication(resident);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            submit.submit(id, resident, request());
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        return id;
    }

    static long published(SaveProposalDraft save, SubmitProposal submit, AcceptProposal accept, PortalUser resident, PortalUser staff,
                          String title) {
        long id = submitted(save, submit, resident, title);
        accept.accept(id, staff);
        return id;
    }

    static long referred(SaveProposalDraft save, SubmitProposal submit, AcceptProposal accept, ReferProposal refer, PortalUser resident,
                         PortalUser staff, String title) {
        long id = published(save, submit, accept, resident, staff, title);
        ProposalForms.ReferForm f = new ProposalForms.ReferForm("kommunstyrelsen", "");
        assertThat(refer.refer(id, f, new BeanPropertyBindingResult(f, "referForm"), staff).ok()).isTrue();
        return id;
    }

    /** A fresh client address, so the per-address rate limits of one test never spill into another. */
    static org.springframework.test.web.servlet.request.RequestPostProcessor anAddress() {
        String address = "10." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(250));
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(250)));
        return request;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    @Test
    void tokensHaveOneShape() {
        String token = Tokens.random();
        assertThat(Tokens.wellFormed(token)).isTrue();
        assertThat(Tokens.wellFormed(token + "x")).isFalse();
        assertThat(Tokens.hash(token)).hasSize(64).isNotEqualTo(Tokens.hash(Tokens.random()));
    }
}
