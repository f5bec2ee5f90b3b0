package se.bygdeportalen.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.bygdeportalen.test.Browser;
import se.bygdeportalen.test.BrowserTest;

@BrowserTest
class SiteSmokeBrowserIT {

    @Test
    void homePageOpens(Browser browser) {
        browser.open("/sv/");
        assertThat(browser.page().title()).contains("Start");
        browser.assertAccessible();
    }

    /** The policy has no nonce (pages are shared by caches, ADR 0017): the script file must load under 'self'. */
    @Test
    void theScriptLoadsUnderTheStrictPolicyWithoutANonce(Browser browser) {
        List<String> violations = new ArrayList<>();
        browser.page().onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });
        Response response = browser.open("/sv/kontakt");
        assertThat(response.headerValue("content-security-policy"))
                .contains("script-src 'self'")
                .doesNotContain("nonce-");
        Object scriptLoaded = browser.page()
                .evaluate("() => performance.getEntriesByType('resource')"
                        + ".some(e => /\\/assets\\/app-[0-9a-f]{32}\\.js$/.test(e.name))");
        assertThat(scriptLoaded).isEqualTo(true);
        assertThat(browser.page().locator("script[nonce]").count()).isZero();
        assertThat(violations).isEmpty();
    }
}
