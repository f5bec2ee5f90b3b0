package se.bygdeportalen.site;

import static org.assertj.core.api.Assertions.assertThat;

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
}
