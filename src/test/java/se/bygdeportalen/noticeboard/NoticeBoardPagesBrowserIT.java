package se.bygdeportalen.noticeboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.OrganisationFixtures;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.test.Browser;
import se.bygdeportalen.test.BrowserTest;
import se.bygdeportalen.test.TestClock;
import se.bygdeportalen.test.TestStaff;

/** Every notice-board page passes axe in all four languages, and a resident reaches the appeal guide by keyboard alone. */
@BrowserTest
class NoticeBoardPagesBrowserIT {

    private static final int MAX_TABS = 80;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    NoticeBoard board;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TestClock clock;

    private long minutes;
    private long withdrawn;
    private String marker;

    @BeforeEach
    void notices() {
        LocalDate today = clock.today();
        Body body = new OrganisationFixtures(jdbc).body(Body.Kind.COUNCIL, "Kommunfullmäktige");
        marker = OrganisationFixtures.unique("B");
        minutes = post(
                Kind.MINUTES_APPROVED,
                marker + "-minutes",
                TranslatableText.of(
                        "Protokoll " + marker, "Pöytäkirja " + marker, "Protokolli " + marker, "Minutes " + marker),
                body.slug(),
                today,
                null,
                "/organisation");
        post(
                Kind.MEETING_NOTICE,
                marker + "-meeting",
                TranslatableText.swedish("Kallelse " + marker),
                body.slug(),
                today.minusDays(8),
                today.plusDays(1),
                "/organisation/" + body.slug());
        post(
                Kind.OTHER,
                marker + "-old",
                TranslatableText.swedish("Gammal kungörelse " + marker),
                body.slug(),
                today.minusDays(40),
                today.minusDays(5),
                null);
        withdrawn = post(
                Kind.OTHER,
                marker + "-withdrawn",
                TranslatableText.swedish("Återkallad " + marker),
                null,
                today.minusDays(2),
                today.plusDays(5),
                null);
        tx.executeWithoutResult(s -> board.withdraw("decisions", marker + "-withdrawn", "Felaktig uppgift"));
    }

    @Test
    void everyPublicPageIsAccessibleInEveryLanguage(Browser browser) {
        for (Lang lang : Lang.values()) {
            for (String path : new String[] {
                "/anslagstavla",
                "/anslagstavla/" + minutes,
                "/anslagstavla/" + withdrawn,
                "/anslagstavla/arkiv",
                "/anslagstavla/arkiv?ar=1999",
                "/anslagstavla/overklaga"
            }) {
                browser.open("/" + lang.code() + path);
                assertThat(browser.page().locator("html").getAttribute("lang")).isEqualTo(lang.code());
                browser.assertAccessible();
            }
        }
    }

    @Test
    void staffPagesAreAccessibleInEveryLanguage(Browser browser) {
        for (Lang lang : Lang.values()) {
            PortalUser communicator = new TestStaff(jdbc, encoder).create(lang, Role.COMMUNICATOR);
            browser.context().clearCookies();
            browser.signInAsStaff(communicator.username(), TestStaff.PASSWORD);
            browser.open("/admin/anslagstavla/" + minutes);
            browser.assertAccessible();
            browser.open("/admin/anslagstavla");
            browser.assertAccessible();
            // An empty form comes back with the error summary and messages at the fields.
            browser.page().fill("#f-postedOn", "");
            browser.page().click("form[action='/admin/anslagstavla'] button[type=submit]");
            assertThat(browser.page().locator(".error-summary").isVisible()).isTrue();
            browser.assertAccessible();
        }
    }

    @Test
    void aResidentFindsTheLastDayToAppealAndTheGuideWithTheKeyboardOnly(Browser browser) {
        Page page = browser.page();
        browser.open("/sv/anslagstavla");
        tabUntil(page, "a[href='/sv/anslagstavla/" + minutes + "']");
        page.keyboard().press("Enter");
        page.waitForURL("**/sv/anslagstavla/" + minutes);
        assertThat(page.locator("#appeal-title").textContent()).startsWith("Sista dag att överklaga");
        tabUntil(page, "main a[href='/sv/anslagstavla/overklaga']");
        page.keyboard().press("Enter");
        page.waitForURL("**/sv/anslagstavla/overklaga");
        assertThat(page.locator("h1").textContent()).isEqualTo("Så överklagar du ett beslut");
    }

    private static void tabUntil(Page page, String selector) {
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            Object matches =
                    page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector);
            if (Boolean.TRUE.equals(matches)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    private long post(
            Kind kind,
            String ref,
            TranslatableText title,
            String bodySlug,
            LocalDate postedOn,
            LocalDate eventDate,
            String path) {
        return tx.execute(s ->
                board.post(new NewNotice(kind, "decisions", ref, title, null, bodySlug, postedOn, eventDate, path)));
    }
}
