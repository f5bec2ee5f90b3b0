package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.test.Browser;
import se.bygdeportalen.test.BrowserTest;

/**
 * The public proposal pages pass axe in all four languages, with proposals in several languages,
 * a zero-hit search and suppressed statistics cells on screen; and a reader finds a proposal with
 * the keyboard alone: Tab to the search field, type, Enter, Tab to the hit, Enter.
 */
@BrowserTest
class ProposalPublicBrowserIT {

    private static final int MAX_TABS = 60;

    @Autowired
    JdbcClient jdbc;

    private final String tag =
            "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    private ProposalListTestData data() {
        ProposalListTestData data = new ProposalListTestData(jdbc);
        data.proposal("Valaistus Aapuan kävelytielle " + tag)
                .language("fi")
                .body("Kävelytie on pimeä talvella.")
                .demographics("FEMALE", "65+")
                .insert();
        data.proposal("Kyltit meänkielelä " + tag)
                .language("fit")
                .status("REFERRED")
                .demographics("MALE", "18-34")
                .insert();
        data.proposal("Längre öppettider på biblioteket " + tag)
                .status("ANSWERED")
                .demographics("FEMALE", "35-64")
                .insert();
        data.proposal("Ice rink in Juoksengi " + tag).language("en").insert();
        return data;
    }

    @Test
    void everyPublicProposalPagePassesAxeInAllFourLanguages(Browser browser) {
        ProposalListTestData data = data();
        List<String> checked = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            String base = "/" + lang.code() + "/medborgarforslag";
            for (String path : List.of(
                    base,
                    base + "?year=" + data.year,
                    base + "?q=valaistusta&year=" + data.year,
                    base + "?q=ingenting" + tag,
                    base + "/sa-fungerar-det",
                    base + "/statistik")) {
                browser.open(path);
                assertThat(browser.page().locator("html").getAttribute("lang")).isEqualTo(lang.code());
                browser.assertAccessible();
                checked.add(path);
            }
        }
        assertThat(checked).hasSize(24);
    }

    @Test
    void aReaderSearchesAndOpensAProposalWithTheKeyboardOnly(Browser browser) {
        ProposalListTestData data = data();
        Page page = browser.page();
        browser.open("/sv/medborgarforslag?year=" + data.year);

        tabUntil(page, "main input[name=q]");
        page.keyboard().type("valaistusta");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("q=valaistusta"));
        assertThat(page.locator("ol.proposal-list h3 a").allInnerTexts())
                .containsExactly("Valaistus Aapuan kävelytielle " + tag);

        tabUntil(page, "ol.proposal-list h3 a");
        assertThat(page.evaluate("() => document.activeElement.getAttribute('lang')"))
                .isEqualTo("fi");
        String href = (String) page.evaluate("() => document.activeElement.getAttribute('href')");
        assertThat(href).isEqualTo("/sv/medborgarforslag/" + data.year + "-1");
    }

    @Test
    void theFilterFormIsAPlainGetThatTheKeyboardSubmits(Browser browser) {
        ProposalListTestData data = data();
        Page page = browser.page();
        browser.open("/fi/medborgarforslag?year=" + data.year);

        tabUntil(page, "select[name=status]");
        page.selectOption("select[name=status]", "REFERRED");
        tabUntil(page, "form[role=search] button");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("status=REFERRED"));
        assertThat(page.locator("ol.proposal-list h3 a").allInnerTexts()).containsExactly("Kyltit meänkielelä " + tag);
    }

    private static void tabUntil(Page page, String selector) {
        List<Object> trail = new ArrayList<>();
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            trail.add(
                    page.evaluate(
                            "() => document.activeElement && (document.activeElement.tagName + ' ' + (document.activeElement.name || document.activeElement.textContent.trim().slice(0, 30)))"));
            if (Boolean.TRUE.equals(page.evaluate(
                    "selector => !!document.activeElement && document.activeElement.matches(selector)", selector))) {
                return;
            }
        }
        throw new AssertionError("Never reached " + selector + " on " + page.url() + "; focus went " + trail);
    }
}
