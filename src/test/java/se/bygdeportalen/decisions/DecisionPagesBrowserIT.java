package se.bygdeportalen.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.bygdeportalen.decisions.internal.ApproveMinutes;
import se.bygdeportalen.decisions.internal.Assessment;
import se.bygdeportalen.decisions.internal.DecisionRepository;
import se.bygdeportalen.decisions.internal.Meeting;
import se.bygdeportalen.decisions.internal.MeetingDocument;
import se.bygdeportalen.decisions.internal.MeetingRepository;
import se.bygdeportalen.decisions.internal.PublishNotice;
import se.bygdeportalen.decisions.internal.WarningOverride;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.test.Browser;
import se.bygdeportalen.test.BrowserTest;
import se.bygdeportalen.test.TestStaff;

/**
 * Every page of the module passes axe in Swedish, Finnish, Meänkieli and English (staff pages in
 * the staff member's language), and a resident finds a decision by a Finnish word form and gets to
 * the calendar subscription with the keyboard alone.
 */
@BrowserTest
class DecisionPagesBrowserIT {

    private static final int MAX_TABS = 80;
    private static final Actor SYSTEM = Actor.system("test fixture");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    MeetingRepository meetings;

    @Autowired
    DecisionRepository decisions;

    @Autowired
    ApproveMinutes approve;

    @Autowired
    PublishNotice publish;

    @Autowired
    Messages messages;

    record Fixture(DecisionsTestData.TestBody body, Meeting held, Meeting upcoming, long decision, String word) {}

    private Fixture fixture() {
        DecisionsTestData data = new DecisionsTestData(jdbc, meetings, decisions);
        DecisionsTestData.TestBody body = data.body("COUNCIL");
        Meeting held = data.meeting(body, DecisionsTestData.today().minusDays(3));
        data.item(held, "Förskola i Juoksengi");
        // Digits become letters so every word has the same length and none is a prefix of another run's word.
        String word = "Aapuanjoki"
                + DecisionsTestData.unique()
                        .chars()
                        .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + (c - '0') : c)))
                        .collect(java.util.stream.Collectors.joining());
        long decision = data.decision(
                held,
                "Förskola i Juoksengi " + word,
                "Esikoulu Juoksengissa " + word,
                "Nämnden beslutar att öppna en förskoleavdelning.",
                Assessment.Status.ASSESSED);
        data.decision(held, "Snöröjning " + word, null, "Plogningen fortsätter.", Assessment.Status.NOT_RELEVANT);
        assertThat(approve.approveMinutes(
                                new ApproveMinutes.Command(
                                        held.id(),
                                        DecisionsTestData.today().minusDays(1),
                                        List.of(),
                                        List.of("Anna Niemi", "Per Keinänen"),
                                        WarningOverride.NONE,
                                        DecisionsTestData.today().minusDays(1)),
                                SYSTEM)
                        .isSaved())
                .isTrue();
        Meeting upcoming = data.meeting(body, DecisionsTestData.today().plusDays(10));
        assertThat(publish.publishNotice(
                                new PublishNotice.Command(
                                        upcoming.id(), WarningOverride.NONE, DecisionsTestData.today()),
                                SYSTEM)
                        .isSaved())
                .isTrue();
        return new Fixture(body, held, upcoming, decision, word);
    }

    @Test
    void everyPublicPageIsAccessibleInEveryLanguage(Browser browser) {
        Fixture f = fixture();
        for (Lang lang : Lang.values()) {
            String l = "/" + lang.code();
            for (String path : List.of(
                    "/sammantraden",
                    "/sammantraden/arkiv",
                    "/sammantraden/" + f.held().id(),
                    "/sammantraden/" + f.upcoming().id(),
                    "/beslut",
                    "/beslut?q=" + f.word(),
                    "/beslut/" + f.decision(),
                    "/beslut/statistik")) {
                browser.open(l + path);
                assertThat(browser.page().locator("html").getAttribute("lang")).isEqualTo(lang.code());
                browser.assertAccessible();
            }
        }
    }

    @Test
    void everyStaffPageIsAccessibleInEveryLanguage(Browser browser) {
        Fixture f = fixture();
        DecisionsTestData data = new DecisionsTestData(jdbc, meetings, decisions);
        Meeting open = data.meeting(f.body(), DecisionsTestData.today().minusDays(1));
        long openItem = data.item(open, "Budget 2027");
        long openDecision = data.decision(
                open, "Budget 2027 fastställs", null, "Nämnden fastställer budgeten.", Assessment.Status.ASSESSED);
        for (Lang lang : Lang.values()) {
            PortalUser staff = new TestStaff(jdbc, encoder).create(lang, Role.REGISTRAR);
            browser.context().clearCookies();
            browser.signInAsStaff(staff.username(), TestStaff.PASSWORD);
            for (String path : List.of(
                    "/admin/sammantraden",
                    "/admin/sammantraden/ny",
                    "/admin/sammantraden/" + f.held().id(),
                    "/admin/sammantraden/" + f.upcoming().id(),
                    "/admin/sammantraden/" + open.id(),
                    "/admin/sammantraden/" + open.id() + "/beslut/ny")) {
                browser.open(path);
                browser.assertAccessible();
            }
            // The correction forms, pre-filled, and one with an error summary and a field message.
            for (String path : List.of(
                    "/admin/sammantraden/" + f.upcoming().id() + "/andra",
                    "/admin/sammantraden/" + open.id() + "/arenden/" + openItem + "/andra",
                    "/admin/sammantraden/" + open.id() + "/beslut/" + openDecision + "/andra")) {
                browser.open(path);
                browser.assertAccessible();
            }
            Page edit = browser.page();
            browser.open("/admin/sammantraden/" + f.upcoming().id() + "/andra");
            edit.fill("#f-place", "");
            edit.click("form[action$='/andra'] button[type=submit]");
            edit.waitForSelector("#f-place-error");
            browser.assertAccessible();
            // A council meeting three days ahead: the warning with its override checkbox and reason field.
            Page page = browser.page();
            browser.open("/admin/sammantraden/ny");
            page.selectOption("#f-body", f.body().slug());
            page.fill("#f-date", DecisionsTestData.today().plusDays(3).toString());
            page.fill("#f-place", "Kommunhuset");
            page.click("form[action='/admin/sammantraden/ny'] button[type=submit]");
            page.waitForSelector("#plan-warning-title");
            assertThat(page.locator("#plan-warning-title").innerText())
                    .isEqualTo(messages.get(lang, "decisions.override.title"));
            browser.assertAccessible();
            // Ticking the box without a reason: an error summary at the top and a message at the field.
            page.check("#f-override");
            page.click("form[action='/admin/sammantraden/ny'] button[type=submit]");
            page.waitForSelector("#f-overrideReason-error");
            browser.assertAccessible();
        }
    }

    @Test
    void aRegistrarUploadsAPdfThroughTheRealFormAndAWrongFileIsRefused(Browser browser) throws Exception {
        Fixture f = fixture();
        PortalUser staff = new TestStaff(jdbc, encoder).create(Role.REGISTRAR);
        browser.signInAsStaff(staff.username(), TestStaff.PASSWORD);
        Page page = browser.page();
        browser.open("/admin/sammantraden/" + f.upcoming().id());
        page.fill("form[action$='/dokument'] #f-title", "Kallelse med föredragningslista");
        page.setInputFiles(
                "form[action$='/dokument'] #f-file",
                new com.microsoft.playwright.options.FilePayload(
                        "kallelse.pdf", "application/pdf", DecisionRulesIT.pdf()));
        page.click("form[action$='/dokument'] button[type=submit]");
        page.waitForURL(url -> url.contains("sparat=document"));
        assertThat(meetings.documents(f.upcoming().id()))
                .extracting(MeetingDocument::title)
                .containsExactly("Kallelse med föredragningslista");

        page.fill("form[action$='/dokument'] #f-title", "Fel fil");
        page.setInputFiles(
                "form[action$='/dokument'] #f-file",
                new com.microsoft.playwright.options.FilePayload(
                        "bild.pdf",
                        "application/pdf",
                        "GIF89a not a pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.click("form[action$='/dokument'] button[type=submit]");
        page.waitForSelector("#f-file-error");
        browser.assertAccessible();
        assertThat(meetings.documents(f.upcoming().id())).hasSize(1);
    }

    @Test
    void aResidentFindsADecisionByAFinnishWordFormAndSubscribesWithTheKeyboardOnly(Browser browser) {
        Fixture f = fixture();
        Page page = browser.page();
        browser.open("/fi/beslut");

        tabUntil(page, "#f-q");
        page.keyboard().type("esikoulussa " + f.word());
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("q="));
        assertThat(page.locator("main .card-heading a").allInnerTexts())
                .containsExactly("Esikoulu Juoksengissa " + f.word());

        tabUntil(page, "main .card-heading a");
        page.keyboard().press("Enter");
        page.waitForURL("**/fi/beslut/" + f.decision());
        assertThat(page.locator("h1").innerText()).isEqualTo("Esikoulu Juoksengissa " + f.word());
        assertThat(page.locator("#bedomning-gender").innerText())
                .isEqualTo(messages.get(Lang.FI, "decisions.assessment.GENDER"));
        assertThat(page.locator("#appeal-title").innerText())
                .isEqualTo(messages.get(Lang.FI, "decisions.appeal.title"));

        // On to the meeting, then to the meetings page and its subscription links.
        tabUntil(page, "main a[href='/fi/sammantraden/" + f.held().id() + "']");
        page.keyboard().press("Enter");
        page.waitForURL("**/fi/sammantraden/" + f.held().id());
        tabUntil(page, "main a[href='/fi/sammantraden/" + f.body().slug() + ".ics']");
        assertThat(focused(page)).contains(f.body().slug() + ".ics");

        browser.open("/fi/sammantraden");
        tabUntil(page, "main a[href^='webcal://'][href$='/fi/sammantraden.ics']");
        assertThat(page.locator("main a[href^='webcal://'][href$='/fi/sammantraden.ics']")
                        .innerText())
                .startsWith(messages.get(Lang.FI, "decisions.subscribe.webcal"));
    }

    private static void tabUntil(Page page, String selector) {
        List<String> trail = new ArrayList<>();
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            trail.add(focused(page));
            if (Boolean.TRUE.equals(
                    page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)", selector))) {
                assertThat(page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle !== 'none'"
                                + " || getComputedStyle(document.activeElement).boxShadow !== 'none'"))
                        .as("visible focus on " + selector)
                        .isEqualTo(true);
                return;
            }
        }
        throw new AssertionError("Never reached " + selector + " on " + page.url() + "; focus went " + trail);
    }

    @SuppressWarnings("unchecked")
    private static String focused(Page page) {
        Map<String, Object> el = (Map<String, Object>)
                page.evaluate(
                        "() => { const e = document.activeElement; return { tag: e.tagName, id: e.id || '', href: e.getAttribute('href') || '' }; }");
        return el.get("tag") + "#" + el.get("id") + "[" + el.get("href") + "]";
    }
}
