package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.pdf.PdfDocument;
import se.bygdeportalen.platform.pdf.PdfRenderer;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.proposals.internal.AcceptProposal;
import se.bygdeportalen.proposals.internal.Proposal;
import se.bygdeportalen.proposals.internal.ProposalRepository;
import se.bygdeportalen.proposals.internal.ReferProposal;
import se.bygdeportalen.proposals.internal.SaveProposalDraft;
import se.bygdeportalen.proposals.internal.SubmitProposal;
import se.bygdeportalen.proposals.internal.Tokens;
import se.bygdeportalen.proposals.web.ProposalForms;
import se.bygdeportalen.test.Browser;
import se.bygdeportalen.test.BrowserTest;
import se.bygdeportalen.test.TestStaff;

/** Every public proposals page passes axe in sv, fi, fit and en; a resident writes and sends a proposal with the keyboard alone. */
@BrowserTest
class ProposalPagesBrowserIT {

    private static final int MAX_TABS = 80;

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
    ProposalRepository repository;

    @Autowired
    PdfRenderer pdf;

    @Autowired
    Messages messages;

    @Autowired
    TransactionTemplate tx;

    private void signInAsResident(Browser browser, PortalUser resident, String lang) {
        browser.open("/" + lang + "/logga-in");
        browser.page().check("input[name=resident][value='" + resident.id() + "']");
        browser.page().click("form[action$='/logga-in/demo'] button[type=submit]");
        browser.page().waitForURL("**/" + lang + "/mina-sidor");
    }

    @Test
    void publicPagesPassAxeInEveryLanguage(Browser browser) {
        ProposalFixtures.organisation(jdbc);
        PortalUser proposer = ProposalFixtures.resident(jdbc);
        PortalUser registrar = new TestStaff(jdbc, encoder).create(Role.REGISTRAR);
        // A referred proposal with an attachment and a timeline.
        byte[] attachment = pdf.render(PdfDocument.start("sv", "Karta")
                .heading(1, "Karta över badplatsen")
                .finish());
        ProposalForms.ProposalForm form = ProposalFixtures.form(
                "Vindskydd vid badplatsen " + UUID.randomUUID().toString().substring(0, 4));
        long id = tx.execute(s -> save.saveDraft(
                        form.toDraft(
                                null,
                                List.of(new MockMultipartFile(
                                        "attachments", "karta.pdf", "application/pdf", attachment))),
                        Actor.of(proposer))
                .id());
        submit.submit(new SubmitProposal.Command(id, ProposalFixtures.address()), Actor.of(proposer));
        accept.accept(new AcceptProposal.Command(id), Actor.of(registrar));
        this.refer.refer(new ReferProposal.Command(id, "kommunstyrelsen", null), Actor.of(registrar));
        Proposal p = repository.byId(id).orElseThrow();
        String receiptToken = Tokens.random();
        jdbc.sql("UPDATE proposal SET receipt_token_hash = :h WHERE id = :id")
                .param("h", Tokens.hash(receiptToken))
                .param("id", id)
                .update();
        String unsubscribeToken = Tokens.random();
        jdbc.sql(
                        "UPDATE proposal_subscription SET unsubscribe_token_hash = :h WHERE proposal_id = :id AND role = 'PROPOSER'")
                .param("h", Tokens.hash(unsubscribeToken))
                .param("id", id)
                .update();

        Page page = browser.page();
        for (Lang lang : Lang.values()) {
            String l = lang.code();
            browser.open("/" + l + "/medborgarforslag/nytt");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo(l);
            browser.assertAccessible();
            browser.open("/" + l + "/medborgarforslag/nytt/utan-e-legitimation");
            browser.assertAccessible();
            // The form with errors: the error summary and the messages at the fields.
            page.click("form[enctype] button[type=submit]");
            page.waitForSelector(".error-summary");
            assertThat(page.locator(".error-summary").innerText())
                    .contains(messages.get(lang, "form.errorSummary.title"));
            browser.assertAccessible();
            browser.open("/" + l + "/medborgarforslag/nytt/utan-e-legitimation/skickat");
            browser.assertAccessible();
            browser.open("/" + l + p.path());
            assertThat(page.locator("h1").getAttribute("lang")).isEqualTo("sv");
            assertThat(page.locator("main").innerText())
                    .contains("karta.pdf")
                    .contains(messages.get(lang, "proposals.support.title"));
            browser.assertAccessible();
            browser.open("/" + l + p.path() + "/anmal");
            browser.assertAccessible();
            page.click("main form button[type=submit]");
            page.waitForSelector(".error-summary");
            browser.assertAccessible();
            browser.open("/" + l + "/medborgarforslag/kvitto/" + receiptToken);
            assertThat(page.locator("main").innerText()).contains(p.caseNumber());
            browser.assertAccessible();
            browser.open("/" + l + "/medborgarforslag/avsluta/" + unsubscribeToken);
            browser.assertAccessible();
            browser.open("/" + l + "/medborgarforslag/bekrafta/" + Tokens.random(), 404);
            assertThat(page.locator("main").innerText()).contains(messages.get(lang, "proposals.problem.linkInvalid"));
            browser.assertAccessible();
        }

        // A signed-in resident: the proposal page with support and follow, the form, review and receipt.
        PortalUser reader = ProposalFixtures.resident(jdbc);
        long draft = ProposalFixtures.draft(
                save, reader, "Mitt utkast " + UUID.randomUUID().toString().substring(0, 4));
        for (Lang lang : Lang.values()) {
            String l = lang.code();
            signInAsResident(browser, reader, l);
            browser.open("/" + l + p.path());
            assertThat(page.locator("#support form button").innerText())
                    .isEqualTo(messages.get(lang, "proposals.support.button"));
            browser.assertAccessible();
            browser.open("/" + l + "/medborgarforslag/nytt");
            browser.assertAccessible();
            browser.open("/" + l + "/medborgarforslag/mina/" + draft);
            browser.assertAccessible();
            browser.open("/" + l + "/medborgarforslag/mina/" + draft + "/granska");
            browser.assertAccessible();
            browser.context().clearCookies();
        }
        signInAsResident(browser, proposer, "fit");
        browser.open("/fit/medborgarforslag/mina/" + id + "/kvitto");
        browser.assertAccessible();
    }

    @Test
    void aResidentWritesAndSendsAProposalWithTheKeyboardOnly(Browser browser) {
        ProposalFixtures.organisation(jdbc);
        PortalUser resident = ProposalFixtures.resident(jdbc);
        signInAsResident(browser, resident, "sv");
        Page page = browser.page();
        browser.open("/sv/medborgarforslag/nytt");

        tabUntil(page, "#f-title");
        page.keyboard().type("Cykelställ vid Hietaniemi skola");
        tabUntil(page, "#f-body");
        page.keyboard().type("Skolan behöver cykelställ med tak. Många barn cyklar dit på våren.");
        tabUntil(page, "#f-email");
        page.keyboard().type("tangent@example.se");
        tabUntil(page, "button[value=review]");
        page.keyboard().press("Enter");
        page.waitForURL("**/granska");
        assertThat(page.locator("main").innerText())
                .contains("Cykelställ vid Hietaniemi skola")
                .contains("Det här blir offentligt");

        tabUntil(page, "main form button[type=submit]");
        assertThat((String) page.evaluate("() => document.activeElement.innerText"))
                .isEqualTo(messages.get(Lang.SV, "proposals.review.send"));
        page.keyboard().press("Enter");
        page.waitForURL("**/kvitto");
        String text = page.locator("main").innerText();
        assertThat(text)
                .contains(messages.get(Lang.SV, "proposals.receipt.heading"))
                .containsPattern("KS \\d{4}/\\d+");
        assertThat(jdbc.sql("SELECT count(*) FROM proposal WHERE resident_id = :r AND status = 'SUBMITTED'")
                        .param("r", resident.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private static void tabUntil(Page page, String selector) {
        List<Object> trail = new ArrayList<>();
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            @SuppressWarnings("unchecked")
            Map<String, Object> f = (Map<String, Object>)
                    page.evaluate("() => ({ id: document.activeElement.id, tag: document.activeElement.tagName })");
            trail.add(f);
            if (Boolean.TRUE.equals(
                    page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)", selector))) {
                return;
            }
        }
        throw new AssertionError("Never reached " + selector + " on " + page.url() + "; focus went " + trail);
    }
}
