package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.proposals.internal.AcceptProposal;
import se.bygdeportalen.proposals.internal.ReferProposal;
import se.bygdeportalen.proposals.internal.SaveProposalDraft;
import se.bygdeportalen.proposals.internal.SubmitProposal;
import se.bygdeportalen.test.Browser;
import se.bygdeportalen.test.BrowserTest;
import se.bygdeportalen.test.TestClock;
import se.bygdeportalen.test.TestStaff;

/** The staff pages pass axe in each staff language: the queue, a proposal at each step, paper registration; a registrar publishes an answer. */
@BrowserTest
class ProposalAdminBrowserIT {

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
    Messages messages;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;

    @Autowired
    org.springframework.modulith.events.core.EventPublicationRegistry registry;

    @Test
    void staffPagesPassAxeAndTheAnswerIsPublished(Browser browser) {
        ProposalFixtures.organisation(jdbc);
        PortalUser proposer = ProposalFixtures.resident(jdbc);
        PortalUser setup = new TestStaff(jdbc, encoder).create(Role.REGISTRAR);
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        long submitted = ProposalFixtures.submitted(save, submit, proposer, "Att kontrollera " + suffix);
        long referred = ProposalFixtures.referred(save, submit, accept, refer, proposer, setup, "Remitterat " + suffix);
        ProposalFixtures.decisionRecorded(
                tx,
                publisher,
                registry,
                referred,
                new DecisionReference(
                        555_000 + (long) (Math.random() * 1000),
                        "Beslut om lekplats",
                        "Kommunstyrelsen",
                        TestClock.DEFAULT_TODAY.minusDays(2),
                        "/beslut/1",
                        "Kommunstyrelsen bifaller förslaget."));
        Page page = browser.page();
        for (Lang lang : Lang.values()) {
            PortalUser staff = new TestStaff(jdbc, encoder).create(lang, Role.REGISTRAR, Role.SERVICE_OFFICE);
            browser.context().clearCookies();
            browser.signInAsStaff(staff.username(), TestStaff.PASSWORD);
            browser.open("/admin/medborgarforslag");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo(lang.code());
            assertThat(page.locator("main").innerText()).contains("Att kontrollera " + suffix);
            browser.assertAccessible();
            browser.open("/admin/medborgarforslag?visa=remitterade");
            browser.assertAccessible();
            browser.open("/admin/medborgarforslag/" + submitted);
            browser.assertAccessible();
            // A refused form shows its errors accessibly.
            page.click("form[action$='/avsla'] button[type=submit]");
            page.waitForSelector(".error-summary");
            browser.assertAccessible();
            browser.open("/admin/medborgarforslag/" + referred);
            browser.assertAccessible();
            browser.open("/admin/medborgarforslag/nytt");
            browser.assertAccessible();
            page.click("main form button[type=submit]");
            page.waitForSelector(".error-summary");
            browser.assertAccessible();
        }
        // The registrar answers with the linked decision.
        browser.open("/admin/medborgarforslag/" + referred);
        page.check("input[name=outcome][value=APPROVED]");
        page.click("form[action$='/besvara'] button[type=submit]");
        page.waitForURL("**?sparat");
        browser.assertAccessible();
        assertThat(jdbc.sql("SELECT status FROM proposal WHERE id = :id")
                        .param("id", referred)
                        .query(String.class)
                        .single())
                .isEqualTo("ANSWERED");
        browser.open("/en" + proposals.byId(referred).orElseThrow().path());
        assertThat(page.locator("main").innerText()).contains("Kommunstyrelsen bifaller förslaget.");
        browser.assertAccessible();
    }
}
