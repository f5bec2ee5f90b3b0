package se.bygdeportalen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.test.Browser;
import se.bygdeportalen.test.BrowserTest;
import se.bygdeportalen.test.TestResidents;
import se.bygdeportalen.test.TestStaff;

/**
 * The foundation's pages in states a walk over links does not reach (error pages, forms sent with
 * mistakes, staff sign-in, a record a test made) pass axe (WCAG 2.1 A and AA plus best practice) in
 * Chromium in all four languages.
 */
@BrowserTest
class PageAccessibilityBrowserIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    // Every page as it first opens, for visitors, residents and staff in every language, is checked by
    // the route walk (RouteWalk). These are the states a walk over links does not reach: error pages, forms
    // sent with mistakes, the sign-in page, pages about a record a test made.

    @ParameterizedTest
    @EnumSource(Lang.class)
    void notFoundPage(Lang lang, Browser browser) {
        browser.open("/" + lang.code() + "/finns-inte", 404);
        assertThat(browser.page().locator("html").getAttribute("lang")).isEqualTo(lang.code());
        browser.assertAccessible();
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void staffPages(Lang lang, Browser browser) {
        PortalUser admin = new TestStaff(jdbc, encoder).create(lang, Role.ADMINISTRATOR, Role.COMMUNICATOR);
        Page page = browser.page();

        browser.open("/admin/login?lang=" + lang.code());
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo(lang.code());
        browser.assertAccessible();
        page.fill("#f-username", admin.username());
        page.fill("#f-password", "wrong password, surely");
        page.click("form[action^='/admin/login'] button[type=submit]");
        assertThat(page.locator(".error-summary").isVisible()).isTrue();
        browser.assertAccessible();

        browser.signInAsStaff(admin.username(), TestStaff.PASSWORD);

        // Forms with errors: an empty new account, an empty accessibility problem.
        browser.open("/admin/personal/ny");
        page.click("form[action='/admin/personal/ny'] button[type=submit]");
        assertThat(page.locator(".error-summary li").count()).isGreaterThan(1);
        browser.assertAccessible();
        browser.open("/admin/tillganglighet");
        page.click("form[action='/admin/tillganglighet/brister'] button[type=submit]");
        assertThat(page.locator(".error-summary").isVisible()).isTrue();
        browser.assertAccessible();

        // A personal-data request: an invalid number, then a resident's page with an incomplete erasure.
        browser.open("/admin/personuppgifter");
        page.fill("#f-personalNumber", "123");
        page.click("form[action='/admin/personuppgifter'] button[type=submit]");
        assertThat(page.locator(".error-summary").isVisible()).isTrue();
        browser.assertAccessible();
        long resident = TestResidents.demoResident(jdbc, "Aino", "Testinen");
        browser.open("/admin/personuppgifter/" + resident);
        browser.assertAccessible();
        page.click("form[action$='/radera'] button[type=submit]");
        assertThat(page.locator(".error-summary li").count()).isEqualTo(2);
        browser.assertAccessible();

        // A real staff change shows up in the audit log and its entry page.
        browser.open("/admin/personal/" + admin.id());
        page.fill("#f-displayName", "Renamed " + admin.username());
        page.click("form[action='/admin/personal/" + admin.id() + "'] button[type=submit]");
        browser.open("/admin/granskningslogg");
        page.locator("table a[href^='/admin/granskningslogg/']").first().click();
        page.waitForURL("**/admin/granskningslogg/*");
        browser.assertAccessible();
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void forbiddenPage(Lang lang, Browser browser) {
        PortalUser moderator = new TestStaff(jdbc, encoder).create(lang, Role.MODERATOR);
        browser.signInAsStaff(moderator.username(), TestStaff.PASSWORD);
        browser.open("/admin/personal", 403);
        assertThat(browser.page().locator("html").getAttribute("lang")).isEqualTo(lang.code());
        browser.assertAccessible();
    }
}
