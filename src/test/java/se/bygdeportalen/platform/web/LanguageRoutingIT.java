package se.bygdeportalen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.bygdeportalen.platform.PlatformProperties;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.TestStaff;

/**
 * Which language a request gets, and how a page tells browsers, search engines and screen readers
 * about it: the redirect from {@code /}, {@code <html lang>}, hreflang alternates, the language switch
 * (same page, same query), the staff member's own language on staff pages, and {@code lang="sv"} on
 * content that falls back to Swedish.
 */
@IntegrationTest
class LanguageRoutingIT {

    private static final List<String> PUBLIC_PAGES =
            List.of("/", "/kontakt", "/tillganglighet", "/personuppgifter", "/logga-in", "/organisation");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Messages messages;

    @Autowired
    PlatformProperties properties;

    @ParameterizedTest(name = "Accept-Language \"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NONE",
            value = {
                "fi                  | /fi/",
                "fi-FI,fi;q=0.9      | /fi/",
                "en-US,en;q=0.9      | /en/",
                "fit                 | /fit/",
                "sv-SE               | /sv/",
                "de                  | /sv/",
                "de-DE,de;q=0.9,fi;q=0.5 | /fi/",
                "NONE                | /sv/"
            })
    void theRootRedirectsByAcceptLanguageAndSaysSo(String acceptLanguage, String expected) throws Exception {
        MockHttpServletRequestBuilder request = get("/");
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getHeader("Location")).isEqualTo(expected);
        // A cache in front of the site must not give a Finnish visitor the Swedish redirect.
        assertThat(response.getHeaders("Vary"))
                .anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Language"));
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void aLanguagePrefixWithoutItsSlashGetsIt(Lang lang) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/" + lang.code()).header("Accept-Language", "de"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/" + lang.code() + "/");
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void everyPublicPageNamesItsLanguageItsAlternatesAndSwitchesToTheSamePage(Lang lang) throws Exception {
        String base = properties.baseUrl();
        for (String path : PUBLIC_PAGES) {
            String url = "/" + lang.code() + path;
            // A visitor whose browser prefers another language still gets the language of the URL.
            Document page = html(get(url).header("Accept-Language", lang == Lang.EN ? "sv" : "en"), 200);

            assertThat(page.selectFirst("html").attr("lang"))
                    .as("lang of " + url)
                    .isEqualTo(lang.code());

            Elements alternates = page.select("head link[rel=alternate][hreflang]");
            for (Lang other : Lang.values()) {
                Elements forLang = alternates.select("[hreflang=" + other.code() + "]");
                assertThat(forLang)
                        .as("hreflang=" + other.code() + " on " + url)
                        .hasSize(1);
                String href = forLang.attr("href");
                assertThat(href)
                        .as("absolute hreflang URL on " + url)
                        .startsWith("http")
                        .isEqualTo(base + "/" + other.code() + path);
            }
            Elements xDefault = alternates.select("[hreflang=x-default]");
            assertThat(xDefault).as("x-default on " + url).hasSize(1);
            assertThat(xDefault.attr("href")).isEqualTo(base + "/sv" + path);
            assertThat(alternates)
                    .as("exactly sv, fi, fit, en and x-default on " + url)
                    .hasSize(Lang.values().length + 1);
        }
    }

    @Test
    void theLanguageSwitchKeepsPathAndQueryAndMarksTheCurrentLanguage() throws Exception {
        for (Lang lang : Lang.values()) {
            for (String path : PUBLIC_PAGES) {
                String url = "/" + lang.code() + path;
                // A URI, not a template: MockMvc would encode the % of a template once more.
                Document page = html(get(URI.create(url + "?x=1&y=a%C3%A5")), 200);

                Elements links = page.select("nav.lang-switch a");
                assertThat(links).as("switch links on " + url).hasSize(Lang.values().length);
                for (Lang target : Lang.values()) {
                    Element link =
                            links.select("a[hreflang=" + target.code() + "]").first();
                    assertThat(link).as(target + " link on " + url).isNotNull();
                    assertThat(link.attr("href"))
                            .as(target + " link on " + url)
                            .isEqualTo("/" + target.code() + path + "?x=1&y=a%C3%A5");
                    assertThat(link.attr("lang")).isEqualTo(target.code());
                    assertThat(link.text()).isEqualTo(messages.get(target, "language.name." + target.code()));
                    if (target == lang) {
                        assertThat(link.attr("aria-current"))
                                .as("current language on " + url)
                                .isEqualTo("true");
                    } else {
                        assertThat(link.hasAttr("aria-current"))
                                .as(target + " is not current on " + url)
                                .isFalse();
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void staffPagesAreInTheStaffMembersOwnLanguage(Lang lang) throws Exception {
        PortalUser admin = new TestStaff(jdbc, encoder).create(lang, Role.ADMINISTRATOR);
        // Neither the browser's language nor a ?lang= parameter overrides the staff member's choice.
        String other = lang == Lang.SV ? "fi" : "sv";
        for (String path :
                List.of("/admin", "/admin/personal", "/admin/konto", "/admin/granskningslogg?lang=" + other)) {
            Document page = html(get(path).header("Accept-Language", other).with(TestStaff.as(admin)), 200);
            assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo(lang.code());
            // Staff pages switch language through the account, not through public-page links.
            assertThat(page.select("head link[rel=alternate][hreflang]"))
                    .as(path)
                    .isEmpty();
            assertThat(page.select("form[action=/admin/konto/sprak] select[name=lang] option[selected]")
                            .attr("value"))
                    .isEqualTo(lang.code());
        }
        Document home = html(get("/admin").with(TestStaff.as(admin)), 200);
        assertThat(home.selectFirst("h1").text()).isEqualTo(messages.get(lang, "admin.home.title"));
    }

    @Test
    void aMeankieliStaffMemberGetsMeankieliPagesAndDates() throws Exception {
        PortalUser admin = new TestStaff(jdbc, encoder).create(Lang.FIT, Role.ADMINISTRATOR);
        String entityType = "lang-test-" + UUID.randomUUID();
        // 26 November 2026, 12:00 in Övertorneå.
        Instant when = OffsetDateTime.parse("2026-11-26T12:00:00+01:00").toInstant();
        jdbc.sql("""
                INSERT INTO audit_log (occurred_at, actor_kind, actor_name, action, entity_type, entity_id, summary)
                VALUES (:at, 'system', 'Test', 'staff.account.updated', :type, '1', 'Test entry')
                """)
                .param("at", java.sql.Timestamp.from(when))
                .param("type", entityType)
                .update();

        Document page = html(
                get("/admin/granskningslogg").param("entityType", entityType).with(TestStaff.as(admin)), 200);

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fit");
        assertThat(page.selectFirst("h1").text()).isEqualTo(messages.get(Lang.FIT, "audit.title"));
        Elements times = page.select("table tbody time");
        assertThat(times).hasSize(1);
        assertThat(times.first().text()).isEqualTo("26. nuvemperiä 2026 kello 12.00");
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void theStaffSignInPageTakesItsLanguageFromTheParameter(Lang lang) throws Exception {
        String browser = lang == Lang.SV ? "en" : "sv";
        Document page = html(get("/admin/login").param("lang", lang.code()).header("Accept-Language", browser), 200);

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(lang.code());
        assertThat(page.selectFirst("h1").text()).isEqualTo(messages.get(lang, "staffSignIn.title"));
        assertThat(page.select("form[method=post] button[type=submit]").text())
                .isEqualTo(messages.get(lang, "staffSignIn.submit"));
        assertThat(page.select("nav.lang-switch a[aria-current=true]").attr("hreflang"))
                .isEqualTo(lang.code());
    }

    @Test
    void theStaffSignInPageInFinnish() throws Exception {
        Document page = html(get("/admin/login?lang=fi"), 200);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fi");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Henkilöstön kirjautuminen");
        // Without the parameter the browser's language decides.
        Document byBrowser = html(get("/admin/login").header("Accept-Language", "fi-FI,fi;q=0.9"), 200);
        assertThat(byBrowser.selectFirst("html").attr("lang")).isEqualTo("fi");
        Document byDefault = html(get("/admin/login").header("Accept-Language", "de"), 200);
        assertThat(byDefault.selectFirst("html").attr("lang")).isEqualTo("sv");
    }

    @Test
    void contentWithoutATranslationIsMarkedAsSwedish() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String swedishOnly = "Hedenäset " + tag;
        String swedish = "Övertorneå " + tag;
        String finnish = "Ylitornio " + tag;
        village("hedenaset-" + tag, "{\"sv\":\"" + swedishOnly + "\"}");
        village("overtornea-" + tag, "{\"sv\":\"" + swedish + "\",\"fi\":\"" + finnish + "\"}");
        String council = "Kommunfullmäktige " + tag;
        jdbc.sql("INSERT INTO organisation_body (slug, kind, name, sort) VALUES (:s, 'COUNCIL', CAST(:n AS jsonb), 0)")
                .param("s", "kf-" + tag)
                .param("n", "{\"sv\":\"" + council + "\"}")
                .update();

        Document fi = html(get("/fi/organisation"), 200);
        assertThat(fi.selectFirst("html").attr("lang")).isEqualTo("fi");
        Element fallback = village(fi, swedishOnly);
        assertThat(fallback.attr("lang"))
                .as("Swedish-only village on a Finnish page")
                .isEqualTo("sv");
        Element translated = village(fi, finnish);
        assertThat(translated.hasAttr("lang"))
                .as("translated village carries the page's language")
                .isFalse();
        assertThat(fi.select("ul.village-list li")).noneMatch(li -> li.text().equals(swedish));
        Element body = fi.select("h3.card-heading").stream()
                .filter(h -> h.text().equals(council))
                .findFirst()
                .orElseThrow();
        assertThat(body.attr("lang")).isEqualTo("sv");

        // In Swedish nothing is a fallback; in English the Finnish name does not help, Swedish is used.
        Document sv = html(get("/sv/organisation"), 200);
        assertThat(village(sv, swedishOnly).hasAttr("lang")).isFalse();
        assertThat(village(sv, swedish).hasAttr("lang")).isFalse();
        Document en = html(get("/en/organisation"), 200);
        assertThat(village(en, swedish).attr("lang")).isEqualTo("sv");
        assertThat(en.select("ul.village-list li")).noneMatch(li -> li.text().equals(finnish));
    }

    private void village(String slug, String json) {
        jdbc.sql("INSERT INTO organisation_village (slug, name) VALUES (:s, CAST(:n AS jsonb))")
                .param("s", slug)
                .param("n", json)
                .update();
    }

    private static Element village(Document page, String name) {
        Elements matches = new Elements(page.select("ul.village-list li").stream()
                .filter(li -> li.text().equals(name))
                .toList());
        assertThat(matches).as("village " + name).hasSize(1);
        return matches.first();
    }

    private Document html(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(request.accept("text/html")).andReturn().getResponse();
        assertThat(response.getStatus()).as("status").isEqualTo(expectedStatus);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
