package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import se.bygdeportalen.platform.api.CappedCount;
import se.bygdeportalen.proposals.internal.ProposalListRepository;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.SessionCookies;

/** The public list: only public proposals, filters without JavaScript, each title in its own language, plain empty states. */
@IntegrationTest
class ProposalListPageIT {

    @Autowired
    se.bygdeportalen.test.TestClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private ProposalListTestData data;
    private final String tag =
            "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @BeforeEach
    void data() {
        data = new ProposalListTestData(jdbc);
        jdbc.sql(
                        "INSERT INTO organisation_village (slug, name) VALUES ('juoksengi', '{\"sv\":\"Juoksengi\"}') ON CONFLICT DO NOTHING")
                .update();
        jdbc.sql(
                        "INSERT INTO organisation_village (slug, name) VALUES ('aapua', '{\"sv\":\"Aapua\"}') ON CONFLICT DO NOTHING")
                .update();
    }

    @Test
    void showsOnlyPublishedReferredAndAnsweredProposalsThatAreNotHidden() throws Exception {
        data.proposal("Publicerat " + tag).insert();
        data.proposal("Hos nämnd " + tag).status("REFERRED").insert();
        data.proposal("Besvarat " + tag).status("ANSWERED").insert();
        data.proposal("Inskickat " + tag).status("SUBMITTED").insert();
        data.proposal("Avvisat " + tag).status("DECLINED").insert();
        data.proposal("Utkast " + tag).status("DRAFT").insert();
        data.proposal("Återtaget " + tag).status("WITHDRAWN").insert();
        data.proposal("Dolt " + tag).hidden().insert();

        Document page = open("/sv/medborgarforslag?year=" + data.year);

        assertThat(titles(page)).containsExactlyInAnyOrder("Publicerat " + tag, "Hos nämnd " + tag, "Besvarat " + tag);
        assertThat(page.text())
                .doesNotContain(
                        ProposalListTestData.SECRET_EMAIL,
                        ProposalListTestData.SECRET_ADDRESS,
                        ProposalListTestData.SECRET_PHONE,
                        "Dolt " + tag);
        assertThat(page.select("h2#results").text()).isEqualTo("3 förslag");
    }

    @Test
    void eachTitleAndExcerptCarriesTheLanguageItIsWrittenIn() throws Exception {
        data.proposal("Valaistus kävelytielle " + tag)
                .language("fi")
                .body("Kävelytie on pimeä.")
                .insert();
        data.proposal("Kyltit meänkielelä " + tag).language("fit").insert();
        data.proposal("Gatlampa " + tag).insert();

        Document page = open("/en/medborgarforslag?year=" + data.year);

        assertThat(link(page, "Valaistus kävelytielle " + tag).attr("lang")).isEqualTo("fi");
        assertThat(link(page, "Kyltit meänkielelä " + tag).attr("lang")).isEqualTo("fit");
        assertThat(link(page, "Gatlampa " + tag).attr("lang")).isEqualTo("sv");
        assertThat(page.select("p.card-text[lang=fi]").text()).contains("Kävelytie on pimeä.");
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void filtersByStatusCategoryAndVillageThroughAPlainGetForm() throws Exception {
        data.proposal("Isbana i Juoksengi " + tag)
                .village("juoksengi")
                .category("kultur-och-fritid")
                .insert();
        data.proposal("Busskur i Aapua " + tag)
                .village("aapua")
                .category("vagar-och-trafik")
                .status("REFERRED")
                .insert();

        Document form = open("/sv/medborgarforslag");
        Element f = form.selectFirst("main form[role=search]");
        assertThat(f.attr("method")).isEqualTo("get");
        assertThat(
                        f.select(
                                "select[name=status], select[name=category], select[name=year], select[name=village], input[name=q]"))
                .hasSize(5);

        assertThat(titles(open("/sv/medborgarforslag?year=" + data.year + "&village=juoksengi")))
                .containsExactly("Isbana i Juoksengi " + tag);
        assertThat(titles(open("/sv/medborgarforslag?year=" + data.year + "&category=vagar-och-trafik")))
                .containsExactly("Busskur i Aapua " + tag);
        assertThat(titles(open("/sv/medborgarforslag?year=" + data.year + "&status=REFERRED")))
                .containsExactly("Busskur i Aapua " + tag);
        Document filtered = open("/sv/medborgarforslag?year=" + data.year + "&status=REFERRED");
        assertThat(filtered.select("select[name=status] option[selected]").attr("value"))
                .isEqualTo("REFERRED");
        assertThat(filtered.select("select[name=year] option[selected]").attr("value"))
                .isEqualTo(Integer.toString(data.year));
        assertThat(filtered.select("a[type=text/csv]").attr("href"))
                .as("the files carry the filters")
                .isEqualTo("/sv/medborgarforslag.csv?status=REFERRED&year=" + data.year);
    }

    @Test
    void zeroHitsAreExplainedInPlainLanguageWithAWayBack() throws Exception {
        data.proposal("Något " + tag).insert();

        Document page = open("/fi/medborgarforslag?year=" + data.year + "&q=" + "xyzzyplugh");

        assertThat(page.select("h2#results").text()).isEqualTo("Ei näytettäviä aloitteita");
        assertThat(page.text()).contains("Mikään aloite ei vastaa hakuasi.", "Kokeile toista sanaa");
        assertThat(page.select("main a[href=/fi/medborgarforslag]").text()).isEqualTo("Näytä kaikki aloitteet");
    }

    @Test
    void oddParametersGiveTheListNotAnError() throws Exception {
        data.proposal("Robust " + tag).insert();
        for (String query : new String[] {
            "page=abc",
            "page=-3",
            "page=99999999999",
            "year=nineteen",
            "status=%3Cscript%3E",
            "category=../../etc",
            "village=%C3%A5%C3%A4",
            "sort=DROP",
            "q=%27%29%3B+DROP+TABLE+proposal%3B--",
            "q=a%20%26%20%7C%20%21%20%3A*",
            "q=" + "x".repeat(500)
        }) {
            MockHttpServletResponse response = mvc.perform(get(java.net.URI.create("/sv/medborgarforslag?" + query)))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(query).isEqualTo(200);
        }
    }

    @Test
    void pagesThroughManyProposalsTwentyAtATimeByStableLinks() throws Exception {
        data.bulk(45, "Sida " + tag);

        Document first = open("/sv/medborgarforslag?year=" + data.year);
        assertThat(titles(first)).hasSize(20).first().isEqualTo("Sida " + tag + " 1");
        assertThat(first.select("nav.pagination a[rel=prev]")).isEmpty();
        String toSecond = first.select("nav.pagination a[rel=next]").attr("href");
        assertThat(toSecond).contains("year=" + data.year).contains("after=");

        Document second = open(toSecond);
        assertThat(titles(second)).hasSize(20).first().isEqualTo("Sida " + tag + " 21");
        Document third = open(second.select("nav.pagination a[rel=next]").attr("href"));
        assertThat(titles(third)).hasSize(5).last().isEqualTo("Sida " + tag + " 45");
        assertThat(third.select("nav.pagination a[rel=next]")).isEmpty();
        assertThat(third.select("h2#results").text()).isEqualTo("45 förslag");

        Document back = open(third.select("nav.pagination a[rel=prev]").attr("href"));
        assertThat(titles(back)).isEqualTo(titles(second));
        Document backToFirst = open(back.select("nav.pagination a[rel=prev]").attr("href"));
        assertThat(titles(backToFirst)).isEqualTo(titles(first));
        assertThat(backToFirst.select("nav.pagination a[rel=prev]")).isEmpty();

        // A link to the second page stays the same page when newer proposals arrive.
        data.proposal("Nyare " + tag)
                .published(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)
                        .plusMinutes(5))
                .insert();
        assertThat(titles(open("/sv/medborgarforslag?year=" + data.year)))
                .first()
                .isEqualTo("Nyare " + tag);
        assertThat(titles(open(toSecond))).isEqualTo(titles(second));
    }

    @Test
    void oldPageNumbersStillWorkWithinTheFirstThousandAndGiveTheFirstPageBeyond() throws Exception {
        data.bulk(45, "Gammal " + tag);
        String list = "/sv/medborgarforslag?year=" + data.year;

        assertThat(titles(open(list + "&page=3"))).hasSize(5).first().isEqualTo("Gammal " + tag + " 41");
        Document third = open(list + "&page=3");
        assertThat(third.select("nav.pagination a[rel=prev]").attr("href")).contains("before=");
        assertThat(titles(open(list + "&page=9999"))).isEqualTo(titles(open(list)));
        assertThat(titles(open(list + "&after=not-a-cursor"))).isEqualTo(titles(open(list)));
        assertThat(open(list + "&page=9").text()).contains("Den här sidan finns inte");
    }

    @Test
    void aCountBeyondTheCapSaysMoreThanAThousand() throws Exception {
        data.bulk(CappedCount.CAP + 5, "Många " + tag);

        Document page = open("/sv/medborgarforslag?year=" + data.year);

        assertThat(page.select("h2#results").text()).matches("fler än 1\\D?000 förslag");
        assertThat(open("/en/medborgarforslag?year=" + data.year + "&q=många")
                        .select("h2#results")
                        .text())
                .matches("more than 1\\D?000 proposals found for .*");
    }

    @Test
    void sortsByMostSupportersWhenAsked() throws Exception {
        data.proposal("Få " + tag).supports(2).insert();
        data.proposal("Många " + tag).supports(40).insert();

        assertThat(titles(open("/sv/medborgarforslag?year=" + data.year + "&sort=supports")))
                .containsExactly("Många " + tag, "Få " + tag);
    }

    @Test
    void anAnonymousReaderGetsNoCookieAndTheListLinksItsHelpPagesAndData() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/sv/medborgarforslag")).andReturn().getResponse();

        assertThat(SessionCookies.header(response)).isEmpty();
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("a[href=/sv/medborgarforslag/sa-fungerar-det]")).isNotEmpty();
        assertThat(page.select("main a[href=/sv/medborgarforslag/nytt]").text())
                .isEqualTo("Skriv ett medborgarförslag");
        assertThat(page.select("a[href=/sv/medborgarforslag/statistik]")).isNotEmpty();
        assertThat(page.select("a[href=/sv/medborgarforslag.atom][type=application/atom+xml]"))
                .isNotEmpty();
        assertThat(page.select("a[href=/sv/medborgarforslag.csv]")).isNotEmpty();
    }

    @Test
    void thePublicConditionIsThePredicateOfTheListIndex() {
        // V031's partial index proposal_public_list_idx has exactly this predicate; keep them together.
        assertThat(ProposalListRepository.PUBLIC)
                .isEqualTo("p.published_at IS NOT NULL AND NOT p.hidden AND p.case_year IS NOT NULL"
                        + " AND p.status IN ('ANSWERED', 'PUBLISHED', 'REFERRED')");
        assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'proposal_public_list_idx'")
                        .query(String.class)
                        .single())
                .contains("WHERE ((published_at IS NOT NULL) AND (NOT hidden) AND (case_year IS NOT NULL)");
    }

    // ---- helpers ----

    private Document open(String path) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).accept("text/html")).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    static java.util.List<String> titles(Document page) {
        return page.select("ol.proposal-list h3 a").eachText();
    }

    private static Element link(Document page, String title) {
        return page.select("ol.proposal-list h3 a").stream()
                .filter(a -> a.text().equals(title))
                .findFirst()
                .orElseThrow();
    }
}
