package se.bygdeportalen.platform.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.bygdeportalen.organisation.Member;
import se.bygdeportalen.organisation.OrganisationFixtures;
import se.bygdeportalen.organisation.internal.Term;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.QueryCounter;
import se.bygdeportalen.test.TestClock;

/**
 * The site search finds what the modules declare, through the shared index: published proposals
 * (never drafts or hidden ones), decisions, meetings, notices and bodies, in Swedish and Finnish
 * word forms, grouped by kind with the visitor's language first. Each test makes its own rows with a
 * made-up word no other test uses, and searches for that word together with the real ones.
 */
@IntegrationTest
class SiteSearchIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchIndexRefresh refresh;

    private String word;
    private long body;
    private long meeting;

    @BeforeEach
    void data() {
        word = madeUpWord();
        body = jdbc.sql(
                        "INSERT INTO organisation_body (slug, kind, name, sort) VALUES (:s, 'COMMITTEE', CAST(:n AS jsonb), 999) RETURNING id")
                .param("s", "sok-" + word.toLowerCase())
                .param("n", "{\"sv\": \"Skolnämnden " + word + "\", \"fi\": \"Koululautakunta " + word + "\"}")
                .query(Long.class)
                .single();
        meeting = jdbc.sql("""
                INSERT INTO decisions_meeting (body_id, body_slug, body_kind, meeting_date, starts_at, ends_at, place)
                VALUES (:b, :s, 'COMMITTEE', DATE '2026-03-12', TIME '18:00', TIME '20:00', :place) RETURNING id
                """)
                .param("b", body)
                .param("s", "sok-" + word.toLowerCase())
                .param("place", "Aapua byagård " + word)
                .query(Long.class)
                .single();
    }

    @Test
    void skolaFindsDecisionsAndPublishedProposalsButNoDraftOrHiddenOne() throws Exception {
        long decision = decision(
                "Ny skola i " + word,
                "Uusi koulu " + word,
                "Nämnden beslutar att bygga en skola.",
                "Lautakunta päättää rakentaa koulun.");
        String published = proposal(
                "PUBLISHED", false, "sv", "Bättre skolskjuts till skolan i " + word, "Skolan behöver fler turer.");
        proposal("DRAFT", false, "sv", "Utkast om skolan i " + word, "Ett utkast som ingen ska se.");
        proposal("PUBLISHED", true, "sv", "Dolt förslag om skolan i " + word, "Dolt av en moderator.");
        refresh.refresh();

        Document page = page("/sv/sok?q=skola " + word);

        assertThat(titles(page, "decision")).containsExactly("Ny skola i " + word);
        assertThat(page.select("section[aria-labelledby=hits-decision] a").attr("href"))
                .isEqualTo("/sv/beslut/" + decision);
        assertThat(page.select("section[aria-labelledby=hits-decision] h2").text())
                .isEqualTo("Beslut");
        assertThat(titles(page, "proposal")).containsExactly("Bättre skolskjuts till skolan i " + word);
        assertThat(page.select("section[aria-labelledby=hits-proposal] a").attr("href"))
                .isEqualTo(published);
        assertThat(page.text()).doesNotContain("Utkast om skolan").doesNotContain("Dolt förslag");
        // Groups follow the manifests' order: proposals (200) before decisions (300).
        assertThat(page.select("section[aria-labelledby^=hits-]").eachAttr("aria-labelledby"))
                .startsWith("hits-proposal", "hits-decision");
    }

    @Test
    void kouluOnTheFinnishPageFindsTheFinnishTexts() throws Exception {
        decision(
                "Ny skola i " + word,
                "Uusi koulu " + word,
                "Nämnden beslutar att bygga en skola.",
                "Lautakunta päättää rakentaa koulun.");
        proposal(
                "PUBLISHED",
                false,
                "fi",
                "Koulukyyti " + word + " kulkee liian aikaisin",
                "Lapset odottavat koulukyytiä pimeässä.");
        refresh.refresh();

        Document page = page("/fi/sok?q=koulu " + word);

        Element decision = page.selectFirst("section[aria-labelledby=hits-decision] h3 a");
        assertThat(decision.text()).isEqualTo("Uusi koulu " + word);
        assertThat(decision.hasAttr("lang")).isFalse();
        assertThat(page.select("section[aria-labelledby=hits-decision] h2").text())
                .isEqualTo("Päätökset");
        Element proposal = page.selectFirst("section[aria-labelledby=hits-proposal] h3 a");
        assertThat(proposal.text()).isEqualTo("Koulukyyti " + word + " kulkee liian aikaisin");
        assertThat(proposal.hasAttr("lang")).isFalse();
        // Finnish inflected forms: "koulun" in the decision's Finnish text, "koulukyytiä" in the proposal.
        assertThat(titles(page("/fi/sok?q=koulun " + word), "decision")).containsExactly("Uusi koulu " + word);
    }

    @Test
    void aProposalIsFoundByItsCategoryButADecisionNotByItsBodysName() throws Exception {
        proposal("PUBLISHED", false, "sv", "Kvällsöppet på fritids i " + word, "Föräldrar pendlar.");
        jdbc.sql("UPDATE proposal SET category = 'skola-och-barnomsorg' WHERE title = :t")
                .param("t", "Kvällsöppet på fritids i " + word)
                .update();
        decision("Budgetuppföljning i " + word, null, "Prognosen visar balans.", null);
        refresh.refresh();

        assertThat(titles(page("/sv/sok?q=skola " + word), "proposal"))
                .containsExactly("Kvällsöppet på fritids i " + word);
        // The decision's summary names its body (Skolnämnden ...), but only the title and text are searched.
        Document byBody = page("/sv/sok?q=skolnämnden " + word);
        assertThat(titles(byBody, "decision")).isEmpty();
        assertThat(titles(byBody, "body")).containsExactly("Skolnämnden " + word);
    }

    @Test
    void contentWithoutTranslationIsShownInSwedishAndMarked() throws Exception {
        decision("Skolskjutsar i " + word, null, "Nya tider för skolskjutsarna.", null);
        refresh.refresh();

        Element hit = page("/fi/sok?q=" + word).selectFirst("section[aria-labelledby=hits-decision] h3 a");
        assertThat(hit.text()).isEqualTo("Skolskjutsar i " + word);
        assertThat(hit.attr("lang")).isEqualTo("sv");
    }

    @Test
    void meetingsNoticesAndBodiesAreFoundToo() throws Exception {
        jdbc.sql("INSERT INTO decisions_agenda_item (meeting_id, number, title) VALUES (:m, 1, CAST(:t AS jsonb))")
                .param("m", meeting)
                .param("t", "{\"sv\": \"Skolans lokaler i " + word + "\"}")
                .update();
        LocalDate today = TestClock.DEFAULT_TODAY;
        long notice = notice("Kungörelse om skolvägen i " + word, today);
        notice("Kommande kungörelse om skolvägen i " + word, today.plusDays(3));
        OrganisationFixtures organisation = new OrganisationFixtures(jdbc);
        Term term = organisation.termCovering(today);
        long person = organisation.person("Anna " + word + "sdotter", "S", Member.Sex.FEMALE, null);
        organisation.seat(person, body, term, Member.Role.MEMBER, today.minusDays(1), today.plusDays(1));
        refresh.refresh();

        Document page = page("/sv/sok?q=" + word);

        assertThat(titles(page, "meeting")).containsExactly("Skolnämnden " + word + ", 12 mars 2026");
        assertThat(page.select("section[aria-labelledby=hits-meeting] a").attr("href"))
                .isEqualTo("/sv/sammantraden/" + meeting);
        assertThat(titles(page, "notice")).containsExactly("Kungörelse om skolvägen i " + word);
        assertThat(page.select("section[aria-labelledby=hits-notice] a").attr("href"))
                .isEqualTo("/sv/anslagstavla/" + notice);
        assertThat(titles(page, "body")).containsExactly("Skolnämnden " + word);
        // Found by the agenda item's title, and by the name of a member.
        assertThat(titles(page("/sv/sok?q=lokaler " + word), "meeting")).hasSize(1);
        assertThat(titles(page("/sv/sok?q=Anna " + word + "sdotter"), "body")).containsExactly("Skolnämnden " + word);
    }

    @Test
    void onlyKindsWhoseFingerprintChangedAreIndexedAgain() throws Exception {
        long decision = decision("Ny skola i " + word, null, "Text.", null);
        String proposal = proposal("PUBLISHED", false, "sv", "Skolgården i " + word, "Fler träd.");
        refresh.refresh();
        assertThat(refresh.refresh()).isEmpty();

        jdbc.sql("UPDATE decisions_decision SET title = CAST(:t AS jsonb) WHERE id = :id")
                .param("t", "{\"sv\": \"Nedlagd skola i " + word + "\"}")
                .param("id", decision)
                .update();
        assertThat(refresh.refresh()).containsExactly("decision");
        assertThat(titles(page("/sv/sok?q=skola " + word), "decision")).containsExactly("Nedlagd skola i " + word);

        // A moderator hides the proposal: it leaves the index on the next run.
        assertThat(page("/sv/sok?q=" + word)
                        .select("section[aria-labelledby=hits-proposal] a")
                        .attr("href"))
                .isEqualTo(proposal);
        jdbc.sql("UPDATE proposal SET hidden = true WHERE title = :t")
                .param("t", "Skolgården i " + word)
                .update();
        assertThat(refresh.refresh()).containsExactly("proposal");
        assertThat(page("/sv/sok?q=" + word).select("section[aria-labelledby=hits-proposal]"))
                .isEmpty();
    }

    @Test
    void aRestartReadsEveryKindAgainBecauseANewVersionMayIndexDifferently() {
        refresh.refresh();
        assertThat(refresh.refresh()).isEmpty();
        refresh.buildWhenEmpty();
        assertThat(refresh.refresh()).containsExactly("proposal", "decision", "meeting", "notice", "body");
    }

    @Test
    void aKindWithManyHitsShowsFiveAndLinksToTheRest() throws Exception {
        for (int i = 1; i <= 7; i++) {
            decision("Skolbeslut nummer " + i + " i " + word, null, "Text.", null);
        }
        refresh.refresh();

        Document page = page("/sv/sok?q=" + word);
        assertThat(titles(page, "decision")).hasSize(5);
        String more = page.select("section[aria-labelledby=hits-decision] a[href*='typ=decision']")
                .attr("href");
        assertThat(more).isEqualTo("/sv/sok?q=" + word + "&typ=decision");
        assertThat(titles(page(more), "decision")).hasSize(7);
    }

    @Test
    void theResultsPageRunsOneQueryWhateverItFinds() throws Exception {
        for (int i = 1; i <= 20; i++) {
            decision("Skolbeslut nummer " + i + " i " + word, null, "Text.", null);
            proposal("PUBLISHED", false, "sv", "Skolförslag nummer " + i + " i " + word, "Text.");
        }
        refresh.refresh();
        int many = QueryCounter.count(() -> page("/sv/sok?q=" + word));
        int none = QueryCounter.count(() -> page("/sv/sok?q=ingenting" + word));
        // One query, and one statement that tells the planner to use the index for it.
        assertThat(many).isEqualTo(none).isLessThanOrEqualTo(2);
    }

    @Test
    void emptyOrOddQueriesShowTheFormWithoutAnError() throws Exception {
        for (String q : List.of("", "   ", "'&|!():*", "<script>", "x".repeat(500))) {
            String html = mvc.perform(get("/sv/sok").param("q", q))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(Jsoup.parse(html).select("main form input[name=q]"))
                    .as(q)
                    .hasSize(1);
        }
        Document none = page("/en/sok?q=" + word + "nothing");
        assertThat(none.select("main h2").text()).isEqualTo("No results");
        // An unknown kind is ignored, not an error.
        mvc.perform(get("/sv/sok").param("q", word).param("typ", "nonsense")).andExpect(status().isOk());
    }

    @Test
    void everyPublicPageHasOneSearchBoxInItsHeader() throws Exception {
        for (String path : List.of("/sv/", "/fi/kontakt", "/fit/beslut", "/en/sok")) {
            Document page = page(path);
            assertThat(page.select("header form[role=search]")).as(path).hasSize(1);
            assertThat(page.select("header form[role=search]").attr("action"))
                    .isEqualTo(path.substring(0, path.indexOf('/', 1)) + "/sok");
        }
        assertThat(page("/fit/").select("header form[role=search] button").text())
                .isEqualTo("Hae");
        assertThat(page("/sv/").select("header form[role=search] label").text()).isEqualTo("Sök på webbplatsen");
    }

    private long decision(String titleSv, String titleFi, String bodySv, String bodyFi) {
        int paragraph = jdbc.sql(
                        "SELECT coalesce(max(paragraph), 0) + 1 FROM decisions_decision WHERE body_id = :b AND year = 2026")
                .param("b", body)
                .query(Integer.class)
                .single();
        return jdbc.sql("""
                INSERT INTO decisions_decision (meeting_id, body_id, body_slug, year, paragraph, decided_on, title, body, category,
                                                gender_status, health_status, child_status)
                VALUES (:m, :b, :s, 2026, :p, DATE '2026-03-12', CAST(:t AS jsonb), CAST(:body AS jsonb), 'SCHOOL_AND_CHILDCARE',
                        'MISSING', 'MISSING', 'MISSING')
                RETURNING id
                """)
                .param("m", meeting)
                .param("b", body)
                .param("s", "sok-" + word.toLowerCase())
                .param("p", paragraph)
                .param("t", json(titleSv, titleFi))
                .param("body", json(bodySv, bodyFi))
                .query(Long.class)
                .single();
    }

    /**
     * Returns the proposal's public path. Numbered in the year before the test clock's, so the class's
     * own proposals sent through the use cases (this year's numbers) never collide with these.
     */
    private String proposal(String status, boolean hidden, String language, String title, String text) {
        int seq = jdbc.sql("SELECT coalesce(max(case_seq), 0) + 1 FROM proposal WHERE case_year = 2025")
                .query(Integer.class)
                .single();
        boolean published = !status.equals("DRAFT");
        jdbc.sql("""
                INSERT INTO proposal (status, channel, language, title, body, proposer_name, case_number, case_year, case_seq,
                                      submitted_at, published_at, hidden)
                VALUES (:st, 'E_ID', :l, :t, :b, 'Testa Testsson', :c, 2025, :seq, now(), CASE WHEN :pub THEN now() END, :h)
                """)
                .param("st", status)
                .param("l", language)
                .param("t", title)
                .param("b", text)
                .param("c", "KS 2025/" + seq)
                .param("seq", seq)
                .param("pub", published)
                .param("h", hidden)
                .update();
        return "/" + "sv" + "/medborgarforslag/2025-" + seq;
    }

    private long notice(String title, LocalDate postedOn) {
        return jdbc.sql("""
                INSERT INTO noticeboard_notice (kind, source_module, source_ref, title, posted_on, take_down_on)
                VALUES ('OTHER', 'test', :ref, CAST(:t AS jsonb), :on, :down) RETURNING id
                """)
                .param("ref", word + "-" + postedOn)
                .param("t", json(title, null))
                .param("on", postedOn)
                .param("down", postedOn.plusWeeks(3))
                .query(Long.class)
                .single();
    }

    private Document page(String pathAndQuery) {
        try {
            int q = pathAndQuery.indexOf('?');
            var request = get(q < 0 ? pathAndQuery : pathAndQuery.substring(0, q));
            if (q >= 0) {
                for (String pair : pathAndQuery.substring(q + 1).split("&")) {
                    String[] kv = pair.split("=", 2);
                    request.param(kv[0], kv.length > 1 ? kv[1] : "");
                }
            }
            String html = mvc.perform(request)
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            return Jsoup.parse(html);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> titles(Document page, String kind) {
        return page.select("section[aria-labelledby=hits-" + kind + "] h3 a").eachText();
    }

    private static String json(String sv, String fi) {
        StringBuilder s = new StringBuilder("{\"sv\": \"").append(sv).append('"');
        if (fi != null) {
            s.append(", \"fi\": \"").append(fi).append('"');
        }
        return s.append('}').toString();
    }

    /** Letters only, so both stemmers keep it whole; different in every test. */
    private static String madeUpWord() {
        Random random = new Random();
        StringBuilder s = new StringBuilder("Zyx");
        for (int i = 0; i < 7; i++) {
            s.append((char) ('q' + random.nextInt(8)));
        }
        return s.toString();
    }
}
