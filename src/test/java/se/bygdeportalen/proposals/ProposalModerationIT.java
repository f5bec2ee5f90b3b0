package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import se.bygdeportalen.test.TestStaff;

/** Anyone reports; moderators hide, redact and restore with a reason; the proposer is told; all is audited. */
@IntegrationTest
class ProposalModerationIT {

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
    PortalUser moderator;

    @BeforeEach
    void setUp() {
        ProposalFixtures.organisation(jdbc);
        proposer = ProposalFixtures.resident(jdbc);
        moderator = new TestStaff(jdbc, encoder).create(Role.MODERATOR);
    }

    @Test
    void reportHideRestoreRedact() throws Exception {
        long id = ProposalFixtures.published(
                save, submit, accept, proposer, moderator, "Ny lekplats " + System.nanoTime());
        String path = proposals.byId(id).orElseThrow().path();

        // Anonymous report: form page, CSRF required, a reason required.
        assertThat(mvc.perform(get("/fi" + path + "/anmal"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("name=\"reason\"");
        mvc.perform(post("/sv" + path + "/anmal").param("reason", "PERSONAL_DATA"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sv" + path + "/anmal")
                        .param("reason", "")
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/sv" + path + "/anmal")
                        .param("reason", "PERSONAL_DATA")
                        .param("message", "Grannens namn och adress står i texten.")
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM proposal_report WHERE proposal_id = :id AND handled_at IS NULL")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(mvc.perform(get("/admin/medborgarforslag?visa=anmalda").with(TestStaff.as(moderator)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/admin/medborgarforslag/" + id);

        // Redact: new text public, old text in the audit log, report closed, proposer mailed.
        mvc.perform(post("/admin/medborgarforslag/" + id + "/moderera")
                        .param("action", "REDACT")
                        .param("reason", "Personuppgifter om en granne.")
                        .param("title", "Ny lekplats")
                        .param("body", "")
                        .with(TestStaff.as(moderator))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/medborgarforslag/" + id + "/moderera")
                        .param("action", "REDACT")
                        .param("reason", "Personuppgifter om en granne.")
                        .param("title", "Ny lekplats")
                        .param("body", "Bygg en lekplats vid [borttaget].")
                        .with(TestStaff.as(moderator))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/sv" + path)).andReturn().getResponse().getContentAsString())
                .contains("[borttaget]");
        assertThat(jdbc.sql("SELECT count(*) FROM proposal_report WHERE proposal_id = :id AND outcome = 'REDACTED'")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // Hide: the public page is gone; the API does not return it; restore brings it back.
        mvc.perform(post("/admin/medborgarforslag/" + id + "/moderera")
                        .param("action", "HIDE")
                        .param("reason", "Kränkande.")
                        .with(TestStaff.as(moderator))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/sv" + path)).andExpect(status().isNotFound());
        assertThat(proposals.byId(id)).isEmpty();
        mvc.perform(post("/admin/medborgarforslag/" + id + "/moderera")
                        .param("action", "HIDE")
                        .param("reason", "Igen.")
                        .with(TestStaff.as(moderator))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().isConflict());
        mvc.perform(post("/admin/medborgarforslag/" + id + "/moderera")
                        .param("action", "RESTORE")
                        .param("reason", "Granskat, får visas.")
                        .with(TestStaff.as(moderator))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/sv" + path)).andExpect(status().isOk());

        assertThat(jdbc.sql(
                                "SELECT action FROM audit_log WHERE entity_type = 'proposal' AND entity_id = :id AND action LIKE 'proposals.moderation.%' ORDER BY id")
                        .param("id", String.valueOf(id))
                        .query(String.class)
                        .list())
                .containsExactly(
                        "proposals.moderation.redacted",
                        "proposals.moderation.hidden",
                        "proposals.moderation.restored");
        String title = "Ny lekplats";
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM mail_outbox WHERE recipient = 'aino@example.se' AND category = 'proposals.status' AND body_text LIKE '%Kränkande.%'")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
        assertThat(title).isNotBlank();
    }
}
