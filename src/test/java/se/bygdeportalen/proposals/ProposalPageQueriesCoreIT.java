package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.proposals.internal.AcceptProposal;
import se.bygdeportalen.proposals.internal.SaveProposalDraft;
import se.bygdeportalen.proposals.internal.SubmitProposal;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.QueryCounter;
import se.bygdeportalen.test.TestStaff;

/** The public page and the staff page run as many SQL statements for 10 supports and timeline entries as for 1,000. */
@IntegrationTest
class ProposalPageQueriesCoreIT {

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

    private long withRows(int n) {
        long id = ProposalFixtures.published(
                save, submit, accept, proposer, registrar, "Frågor " + n + " " + System.nanoTime());
        jdbc.sql("""
                INSERT INTO proposal_support (proposal_id, resident_id) SELECT :id, -g FROM generate_series(1, :n) g
                """).param("id", id).param("n", n).update();
        jdbc.sql("UPDATE proposal SET support_count = :n WHERE id = :id")
                .param("id", id)
                .param("n", n)
                .update();
        jdbc.sql("""
                INSERT INTO proposal_event (proposal_id, kind, public, text, decision_id, decision_title, decision_path)
                SELECT :id, 'DECISION_LINKED', true, 'Text', 1000000 + g, 'Beslut ' || g, '/beslut/' || g FROM generate_series(1, :n) g
                """).param("id", id).param("n", n).update();
        return id;
    }

    private int queries(String url, PortalUser user) {
        return QueryCounter.count(() -> {
            try {
                var request = get(url);
                if (user != null) {
                    request.with(TestStaff.as(user));
                }
                mvc.perform(request).andExpect(status().isOk());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void boundedWhateverTheRowCount() {
        long few = withRows(10);
        long many = withRows(1000);
        String fewPath = "/sv" + proposals.byId(few).orElseThrow().path();
        String manyPath = "/sv" + proposals.byId(many).orElseThrow().path();
        queries(fewPath, null);
        int a = queries(fewPath, null);
        int b = queries(manyPath, null);
        assertThat(b).isEqualTo(a).isLessThanOrEqualTo(12);
        PortalUser reader = ProposalFixtures.resident(jdbc);
        assertThat(queries(manyPath, reader)).isEqualTo(queries(fewPath, reader));
        int c = queries("/admin/medborgarforslag/" + few, registrar);
        int d = queries("/admin/medborgarforslag/" + many, registrar);
        assertThat(d).isEqualTo(c);
        assertThat(queries("/admin/medborgarforslag?visa=publicerade", registrar))
                .isLessThanOrEqualTo(15);
    }
}
