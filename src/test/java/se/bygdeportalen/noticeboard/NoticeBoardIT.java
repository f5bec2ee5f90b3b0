package se.bygdeportalen.noticeboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import se.bygdeportalen.noticeboard.internal.ArchiveEndedNotices;
import se.bygdeportalen.noticeboard.internal.NoticeRules;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.OrganisationFixtures;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.QueryCounter;
import se.bygdeportalen.test.TestClock;
import se.bygdeportalen.test.TestStaff;

/**
 * The notice board as other modules and staff use it: posting computes the take-down day and the
 * last day to appeal, notices leave the board on their day even before the nightly task has run,
 * staff notices and withdrawals are audited and role-checked, and the board, archive and feed run a
 * bounded number of queries.
 */
@IntegrationTest
class NoticeBoardIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    NoticeBoard board;

    @Autowired
    ArchiveEndedNotices archiveTask;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TestClock clock;

    private LocalDate today;
    private TestStaff staff;
    private Body body;

    @BeforeEach
    void setUp() {
        today = clock.today();
        staff = new TestStaff(jdbc, encoder);
        body = new OrganisationFixtures(jdbc).body(Body.Kind.COUNCIL, "Anslagsfullmäktige");
    }

    @Test
    void postingComputesTheDatesAndOneSourceHasOneLiveNotice() {
        String ref = OrganisationFixtures.unique("minutes-");
        long id = postNotice(Kind.MINUTES_APPROVED, ref, "Protokoll justerat", today, null);

        PostedNotice posted = board.bySource("decisions", ref).orElseThrow();
        assertThat(posted.id()).isEqualTo(id);
        assertThat(posted.lastDayToAppeal()).isEqualTo(NoticeRules.lastDayToAppeal(today));
        assertThat(posted.lastDayToAppeal()).isAfterOrEqualTo(today.plusWeeks(3));
        assertThat(posted.takeDownOn()).isEqualTo(posted.lastDayToAppeal().plusDays(1));
        assertThatThrownBy(() -> postNotice(Kind.MINUTES_APPROVED, ref, "Igen", today, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        postNotice(Kind.MEETING_NOTICE, OrganisationFixtures.unique("m-"), "Utan datum", today, null))
                .isInstanceOf(IllegalArgumentException.class);

        tx.executeWithoutResult(s -> board.withdraw("decisions", ref, "Fel protokoll"));
        assertThat(board.bySource("decisions", ref)).isEmpty();
        long again = postNotice(Kind.MINUTES_APPROVED, ref, "Protokoll justerat på nytt", today, null);
        assertThat(again).isNotEqualTo(id);
    }

    @Test
    void theBoardShowsOnlyWhatIsUpTodayAndTheArchiveTheRest() throws Exception {
        String marker = OrganisationFixtures.unique("N");
        postNotice(Kind.MEETING_NOTICE, marker + "-meeting", marker + " sammanträde", today.minusDays(3), today);
        postNotice(
                Kind.MEETING_NOTICE,
                marker + "-past",
                marker + " förra mötet",
                today.minusDays(10),
                today.minusDays(1));
        postNotice(Kind.OTHER, marker + "-future", marker + " kommande", today.plusDays(2), today.plusDays(9));
        postNotice(Kind.MINUTES_APPROVED, marker + "-withdrawn", marker + " återkallat", today.minusDays(1), null);
        tx.executeWithoutResult(s -> board.withdraw("decisions", marker + "-withdrawn", "Fel datum"));
        postNotice(Kind.MINUTES_APPROVED, marker + "-minutes", marker + " protokoll", today, null);

        Document current = open("/sv/anslagstavla");
        assertThat(current.text())
                .contains(marker + " sammanträde", marker + " protokoll")
                .doesNotContain(marker + " förra mötet", marker + " kommande", marker + " återkallat");
        assertThat(current.text()).contains("Sista dag att överklaga");
        assertThat(current.select("a[href=/sv/anslagstavla/overklaga]")).isNotEmpty();
        assertThat(current.select("a[href=/sv/sa-fattas-besluten]")).isNotEmpty();

        Document archive = open("/sv/anslagstavla/arkiv?organ=" + body.slug());
        assertThat(archive.text())
                .contains(marker + " förra mötet", marker + " återkallat")
                .doesNotContain(marker + " sammanträde", marker + " kommande");
        long future =
                board.bySource("decisions", marker + "-future").orElseThrow().id();
        assertThat(perform(get("/sv/anslagstavla/" + future)).getStatus())
                .as("not yet posted")
                .isEqualTo(404);
        long minutes =
                board.bySource("decisions", marker + "-minutes").orElseThrow().id();
        Document notice = open("/fit/anslagstavla/" + minutes);
        assertThat(notice.select("#appeal-title").text())
                .contains(new DateFormats(se.bygdeportalen.platform.i18n.Lang.FIT)
                        .date(NoticeRules.lastDayToAppeal(today)));
        assertThat(notice.select("a[href=/fit/sammantraden/1]")).hasSize(1);
        assertThat(perform(get("/sv/anslagstavla/999999999")).getStatus()).isEqualTo(404);

        assertThat(archiveTask.archiveEndedNotices(Actor.system(ArchiveEndedNotices.TASK)))
                .isPositive();
        assertThat(jdbc.sql("SELECT archived FROM noticeboard_notice WHERE source_ref = :r")
                        .param("r", marker + "-past")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("SELECT archived FROM noticeboard_notice WHERE source_ref = :r")
                        .param("r", marker + "-meeting")
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    void theBoardTurnsOverAtMidnightInStockholmAlsoTheNightSummerTimeEnds() {
        String marker = OrganisationFixtures.unique("D");
        // Summer time ends at 03:00 on Sunday 25 October 2026; at 00:30 it is still 22:30 on Saturday in UTC.
        LocalDate sunday = LocalDate.of(2026, 10, 25);
        postNotice(Kind.OTHER, marker + "-ending", marker + " slutar", sunday.minusDays(7), sunday.minusDays(1));
        postNotice(Kind.OTHER, marker + "-starting", marker + " börjar", sunday, sunday.plusDays(7));

        clock.setStockholm(sunday.minusDays(1).atTime(23, 59));
        assertThat(open("/sv/anslagstavla").text()).contains(marker + " slutar").doesNotContain(marker + " börjar");

        clock.setStockholm(sunday.atTime(0, 30));
        assertThat(LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
                .isEqualTo(sunday.minusDays(1));
        assertThat(open("/sv/anslagstavla").text()).contains(marker + " börjar").doesNotContain(marker + " slutar");
        // The nightly task, run just after midnight, archives by the same day.
        archiveTask.archiveEndedNotices(Actor.system(ArchiveEndedNotices.TASK));
        assertThat(archived(marker + "-ending")).isTrue();
        assertThat(archived(marker + "-starting")).isFalse();
    }

    @Test
    void minutesPostedFourWeeksBeforeChristmasMayBeAppealedUntilTheMondayAfter() {
        String ref = OrganisationFixtures.unique("xmas-");
        // Thursday 3 December: three weeks on is Christmas Eve, then Christmas Day, Boxing Day and a Sunday.
        clock.setStockholm(LocalDateTime.of(2026, 12, 3, 9, 0));
        String title = "Protokoll före jul " + ref;
        long id = postNotice(Kind.MINUTES_APPROVED, ref, title, clock.today(), null);

        PostedNotice posted = board.bySource("decisions", ref).orElseThrow();
        assertThat(posted.lastDayToAppeal()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(posted.takeDownOn()).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(open("/sv/anslagstavla/" + id).select("#appeal-title").text())
                .contains("28 december 2026");

        clock.setStockholm(LocalDateTime.of(2026, 12, 28, 23, 59));
        assertThat(open("/sv/anslagstavla").text()).contains(title);
        assertThat(open("/sv/anslagstavla/" + id).text()).contains("senast den dagen");
        clock.setStockholm(LocalDateTime.of(2026, 12, 29, 0, 1));
        assertThat(open("/sv/anslagstavla").text()).doesNotContain(title);
        assertThat(open("/sv/anslagstavla/" + id).text()).contains("Tiden för att överklaga har gått ut.");
    }

    @Test
    void theBoardTheArchiveAndTheFeedRunAFixedNumberOfQueries() {
        String marker = OrganisationFixtures.unique("Q");
        postNotice(Kind.MINUTES_APPROVED, marker + "-0", marker + " 0", today, null);
        postNotice(Kind.MEETING_NOTICE, marker + "-old-0", marker + " old 0", today.minusDays(20), today.minusDays(19));
        String archiveUrl = "/fi/anslagstavla/arkiv?organ=" + body.slug();
        for (String url : new String[] {"/fi/anslagstavla", archiveUrl, "/fi/anslagstavla.atom"}) {
            open(url);
        }
        int boardFew = QueryCounter.count(() -> open("/fi/anslagstavla"));
        int archiveFew = QueryCounter.count(() -> open(archiveUrl));
        int feedFew = QueryCounter.count(() -> open("/fi/anslagstavla.atom"));
        for (int i = 1; i <= 40; i++) {
            postNotice(Kind.MINUTES_APPROVED, marker + "-" + i, marker + " " + i, today, null);
            postNotice(
                    Kind.MEETING_NOTICE,
                    marker + "-old-" + i,
                    marker + " old " + i,
                    today.minusDays(20),
                    today.minusDays(19));
        }
        AtomicReference<Document> page = new AtomicReference<>();
        int boardMany = QueryCounter.count(() -> page.set(open("/fi/anslagstavla")));
        assertThat(page.get().text()).contains(marker + " 40");
        int archiveMany = QueryCounter.count(() -> page.set(open(archiveUrl)));
        assertThat(page.get().select(".pagination")).isNotEmpty();
        int feedMany = QueryCounter.count(() -> open("/fi/anslagstavla.atom"));
        assertThat(boardFew).isPositive();
        assertThat(boardMany).isEqualTo(boardFew);
        assertThat(archiveMany).isEqualTo(archiveFew);
        assertThat(feedMany).isEqualTo(feedFew);

        // Ten thousand archived notices, ten years' worth: every archive page, however deep, costs the same.
        jdbc.sql("""
                INSERT INTO noticeboard_notice (kind, source_module, source_ref, title, body_slug, posted_on, take_down_on)
                SELECT 'OTHER', 'test', :m || '-bulk-' || g, jsonb_build_object('sv', :m || ' arkiv ' || g), :b,
                       CAST(:today AS date) - 30 - g / 3, CAST(:today AS date) - 16 - g / 3
                FROM generate_series(1, 10000) g
                """)
                .param("m", marker)
                .param("b", body.slug())
                .param("today", java.sql.Date.valueOf(today))
                .update();
        int archiveTenThousand = QueryCounter.count(() -> page.set(open(archiveUrl)));
        assertThat(page.get().text()).contains("yli 1");
        for (int i = 0; i < 10; i++) {
            String next = page.get().select("nav.pagination a[rel=next]").attr("href");
            assertThat(next).contains("after=");
            assertThat(QueryCounter.count(() -> page.set(open(next))))
                    .as("archive page " + (i + 2) + " of 10,000 notices")
                    .isEqualTo(archiveFew);
        }
        assertThat(archiveTenThousand).isEqualTo(archiveFew);
        assertThat(QueryCounter.count(() -> open(archiveUrl + "&page=40"))).isEqualTo(archiveFew);
    }

    @Test
    void theAtomFeedListsCurrentNoticesWithTheLastDayToAppeal() throws Exception {
        String marker = OrganisationFixtures.unique("F");
        postNotice(Kind.MINUTES_APPROVED, marker, marker + " justerat", today, null);
        MockHttpServletResponse response = perform(get("/en/anslagstavla.atom"));
        assertThat(response.getContentType()).startsWith("application/atom+xml");
        String xml = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(xml).contains("<feed", marker + " justerat", "Last day to appeal", "xml:lang=\"sv\"");
    }

    @Test
    void staffPostAndWithdrawNoticesWithAuditAndLocalizedErrors() throws Exception {
        PortalUser communicator = staff.create(Role.COMMUNICATOR);
        PortalUser moderator = staff.create(Role.MODERATOR);
        String marker = OrganisationFixtures.unique("S");
        MockHttpServletRequestBuilder good = post("/admin/anslagstavla")
                .with(csrf())
                .param("title[sv]", marker + " samråd")
                .param("title[fi]", marker + " kuuleminen")
                .param("bodySlug", body.slug())
                .param("postedOn", today.toString())
                .param("lastDay", today.plusDays(30).toString())
                .param("path", "/organisation/" + body.slug());
        assertThat(perform(good.with(TestStaff.as(moderator))).getStatus()).isEqualTo(403);
        assertThat(perform(good.with(TestStaff.as(communicator))).getStatus()).isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM noticeboard_notice WHERE title->>'sv' = :t")
                .param("t", marker + " samråd")
                .query(Long.class)
                .single();
        assertThat(audit("noticeboard.notice.posted", id)).isEqualTo(1);
        assertThat(open("/fi/anslagstavla").text()).contains(marker + " kuuleminen");

        MockHttpServletResponse bad = perform(post("/admin/anslagstavla")
                .with(csrf())
                .with(TestStaff.as(communicator))
                .param("title[fi]", "vain suomeksi")
                .param("postedOn", today.minusDays(1).toString())
                .param("lastDay", "huomenna")
                .param("path", "https://example.com"));
        assertThat(bad.getStatus()).isEqualTo(400);
        String errors = Jsoup.parse(bad.getContentAsString(StandardCharsets.UTF_8))
                .select(".error-summary")
                .text();
        assertThat(errors)
                .contains("Dagen kan inte vara före i dag.", "Skriv adressen med små bokstäver och börja med /.");

        assertThat(perform(post("/admin/anslagstavla/" + id + "/ta-ned")
                                .with(csrf())
                                .with(TestStaff.as(communicator))
                                .param("reason", " "))
                        .getStatus())
                .isEqualTo(400);
        assertThat(perform(post("/admin/anslagstavla/" + id + "/ta-ned")
                                .with(csrf())
                                .with(TestStaff.as(communicator))
                                .param("reason", "Samrådet är inställt"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(audit("noticeboard.notice.withdrawn", id)).isEqualTo(1);
        assertThat(open("/fi/anslagstavla").text()).doesNotContain(marker + " kuuleminen");
        assertThat(open("/sv/anslagstavla/" + id).text()).contains("Samrådet är inställt");
        assertThat(perform(get("/admin/anslagstavla/" + id).with(TestStaff.as(staff.create(Role.REGISTRAR))))
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void theGuideToAppealingExistsInEveryLanguage() {
        assertThat(open("/sv/anslagstavla/overklaga").text())
                .contains("Förvaltningsrätten i Luleå", "tre veckor", "Det kostar ingenting");
        assertThat(open("/fi/anslagstavla/overklaga").select("h1").text()).isEqualTo("Näin valitat päätöksestä");
        assertThat(open("/fit/anslagstavla/overklaga").select("h1").text()).isEqualTo("Näin sie valitat päätöksestä");
        assertThat(open("/en/anslagstavla/overklaga").select("ol li")).hasSize(4);
    }

    // ---- helpers ----

    private long postNotice(Kind kind, String ref, String title, LocalDate postedOn, LocalDate eventDate) {
        return tx.execute(s -> board.post(new NewNotice(
                kind,
                "decisions",
                ref,
                TranslatableText.swedish(title),
                TranslatableText.swedish("Sammanfattning"),
                body.slug(),
                postedOn,
                eventDate,
                "/sammantraden/1")));
    }

    private boolean archived(String ref) {
        return jdbc.sql("SELECT archived FROM noticeboard_notice WHERE source_ref = :r")
                .param("r", ref)
                .query(Boolean.class)
                .single();
    }

    private long audit(String action, long id) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = :a AND entity_id = :e")
                .param("a", action)
                .param("e", Long.toString(id))
                .query(Long.class)
                .single();
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private Document open(String url) {
        try {
            MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
            assertThat(response.getStatus()).as(url).isEqualTo(200);
            return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
