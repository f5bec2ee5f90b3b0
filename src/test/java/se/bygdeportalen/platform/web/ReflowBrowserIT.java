package se.bygdeportalen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.test.Browser;
import se.bygdeportalen.test.BrowserTest;
import se.bygdeportalen.test.TestStaff;

/**
 * Pages reflow at 400 % zoom (WCAG 1.4.10): at 320 CSS pixels wide nothing needs sideways scrolling
 * except tables, which scroll inside their own focusable region.
 */
@BrowserTest
class ReflowBrowserIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    private static final String OVERFLOW = """
            () => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1
            """;

    @Test
    void publicAndStaffPagesFitInThreeHundredTwentyPixels(Browser browser) {
        browser.page().setViewportSize(320, 640);
        for (String path : List.of(
                "/fit/",
                "/fi/kontakt",
                "/sv/tillganglighet",
                "/en/personuppgifter",
                "/fit/organisation",
                "/sv/logga-in",
                "/admin/login")) {
            browser.open(path);
            assertThat((Boolean) browser.page().evaluate(OVERFLOW))
                    .as("no sideways scrolling on " + path)
                    .isTrue();
        }
        PortalUser admin = new TestStaff(jdbc, encoder)
                .create(se.bygdeportalen.platform.i18n.Lang.FIT, Role.ADMINISTRATOR, Role.COMMUNICATOR);
        browser.signInAsStaff(admin.username(), TestStaff.PASSWORD);
        for (String path : List.of(
                "/admin",
                "/admin/personal/ny",
                "/admin/components",
                "/admin/tillganglighet",
                "/admin/granskningslogg")) {
            browser.open(path);
            assertThat((Boolean) browser.page().evaluate(OVERFLOW))
                    .as("no sideways scrolling on " + path)
                    .isTrue();
        }
    }

    @Test
    void printStylesHideNavigationAndKeepContent(Browser browser) {
        browser.open("/sv/kontakt");
        browser.page()
                .emulateMedia(new com.microsoft.playwright.Page.EmulateMediaOptions()
                        .setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(browser.page().locator(".main-nav").isVisible()).isFalse();
        assertThat(browser.page().locator(".lang-switch").isVisible()).isFalse();
        assertThat(browser.page().locator("main h1").isVisible()).isTrue();
    }
}
