package se.bygdeportalen.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.test.Browser;
import se.bygdeportalen.test.BrowserTest;

/**
 * The search results page (with results, without, and before searching) and the open-data page
 * pass axe in all four languages, and the header's search box works by keyboard without scripts.
 */
@BrowserTest
class SiteSearchBrowserIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchIndexRefresh refresh;

    @BeforeEach
    void data() {
        long body = jdbc.sql(
                        "INSERT INTO organisation_body (slug, kind, name, sort) VALUES ('sok-axe', 'COMMITTEE', CAST(:n AS jsonb), 999) "
                                + "ON CONFLICT (slug) DO UPDATE SET sort = 999 RETURNING id")
                .param("n", "{\"sv\": \"Skolnämnden Axeby\", \"fi\": \"Koululautakunta Axeby\"}")
                .query(Long.class)
                .single();
        long meeting = jdbc.sql("""
                INSERT INTO decisions_meeting (body_id, body_slug, body_kind, meeting_date, starts_at, ends_at, place)
                VALUES (:b, 'sok-axe', 'COMMITTEE', DATE '2026-03-12', TIME '18:00', TIME '20:00', 'Axeby skola') RETURNING id
                """).param("b", body).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO decisions_decision (meeting_id, body_id, body_slug, year, paragraph, decided_on, title, body, category,
                                                gender_status, health_status, child_status)
                VALUES (:m, :b, 'sok-axe', 2026, (SELECT coalesce(max(paragraph), 0) + 1 FROM decisions_decision WHERE body_id = :b AND year = 2026),
                        DATE '2026-03-12', CAST(:t AS jsonb), CAST(:x AS jsonb), 'SCHOOL_AND_CHILDCARE', 'MISSING', 'MISSING', 'MISSING')
                """)
                .param("m", meeting)
                .param("b", body)
                .param("t", "{\"sv\": \"Ny skola i Axeby\", \"fi\": \"Uusi koulu Axebyhin\"}")
                .param("x", "{\"sv\": \"Nämnden beslutar att bygga en skola i Axeby.\"}")
                .update();
        refresh.refresh();
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void searchAndOpenDataPagesAreAccessible(Lang lang, Browser browser) {
        for (String path :
                new String[] {"/sok", "/sok?q=Axeby", "/sok?q=Axeby&typ=decision", "/sok?q=ingenting", "/oppna-data"}) {
            browser.open("/" + lang.code() + path);
            assertThat(browser.page().locator("html").getAttribute("lang")).isEqualTo(lang.code());
            browser.assertAccessible();
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Lang.class,
            names = {"SV", "FIT"})
    void theHeaderSearchBoxWorksByKeyboardAlone(Lang lang, Browser browser) {
        Page page = browser.page();
        browser.open("/" + lang.code() + "/kontakt");
        page.locator("#site-search-q").focus();
        page.keyboard().type("Axeby");
        page.keyboard().press("Enter");
        page.waitForURL("**/" + lang.code() + "/sok?q=Axeby");
        // Meänkieli has no translation of the decision: it is shown in Swedish, marked as such.
        assertThat(page.locator("main h3 a").allTextContents()).contains("Ny skola i Axeby");
        assertThat(page.locator("main h3 a[lang=sv]").count() > 0).isEqualTo(lang != Lang.SV);
        browser.assertAccessible();
    }
}
