package se.bygdeportalen.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.bygdeportalen.decisions.internal.DecisionRepository;
import se.bygdeportalen.decisions.internal.Meeting;
import se.bygdeportalen.decisions.internal.MeetingRepository;
import se.bygdeportalen.decisions.web.DecisionPages;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.QueryCounter;
import se.bygdeportalen.test.TestStaff;

/**
 * The meeting and decision pages run as many SQL statements for 1,000 rows as for 10 (no N+1):
 * lists of meetings and decisions, a meeting with a long agenda, and the staff pages.
 */
@IntegrationTest
class DecisionPagesQueryCountIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    MeetingRepository meetings;

    @Autowired
    DecisionRepository decisions;

    DecisionsTestData data;
    PortalUser registrar;

    record Counted(int statements, Document page) {}

    @BeforeEach
    void setUp() {
        data = new DecisionsTestData(jdbc, meetings, decisions);
        registrar = new TestStaff(jdbc, encoder).create(Role.REGISTRAR);
    }

    @Test
    void meetingListsDoNotGrowWithTheNumberOfMeetings() throws Exception {
        DecisionsTestData.TestBody few = data.body("COMMITTEE");
        DecisionsTestData.TestBody many = data.body("COMMITTEE");
        bulkMeetings(few, 10, 1);
        bulkMeetings(many, 1_000, 1);
        bulkMeetings(few, 10, -1);
        bulkMeetings(many, 1_000, -1);

        for (String path :
                new String[] {"/sv/sammantraden?body=", "/sv/sammantraden/arkiv?body=", "/admin/sammantraden?body="}) {
            boolean staff = path.startsWith("/admin");
            count(request(path + few.slug(), staff));
            Counted ten = count(request(path + few.slug(), staff));
            Counted thousand = count(request(path + many.slug(), staff));
            assertThat(ten.statements()).as(path + " counts statements").isPositive();
            assertThat(thousand.statements())
                    .as(path + " with 1,000 vs 10 meetings")
                    .isEqualTo(ten.statements());
            assertThat(thousand.page().select("main li.card").size())
                    .as(path)
                    .isGreaterThan(ten.page().select("main li.card").size());
        }
    }

    @Test
    void aMeetingWithALongAgendaAndTheDecisionSearchStayBounded() throws Exception {
        DecisionsTestData.TestBody few = data.body("COMMITTEE");
        DecisionsTestData.TestBody many = data.body("COMMITTEE");
        Meeting small = data.meeting(few, DecisionsTestData.today().minusDays(1));
        Meeting large = data.meeting(many, DecisionsTestData.today().minusDays(1));
        bulkAgenda(small, 10);
        bulkAgenda(large, 1_000);

        count(request("/sv/sammantraden/" + small.id(), false));
        Counted ten = count(request("/sv/sammantraden/" + small.id(), false));
        Counted thousand = count(request("/sv/sammantraden/" + large.id(), false));
        assertThat(thousand.page().select("ol.agenda > li")).hasSize(1_000);
        assertThat(thousand.statements()).isEqualTo(ten.statements());

        Counted staffTen = count(request("/admin/sammantraden/" + small.id(), true));
        Counted staffThousand = count(request("/admin/sammantraden/" + large.id(), true));
        assertThat(staffThousand.statements()).isEqualTo(staffTen.statements());

        Counted searchTen = count(request("/sv/beslut?body=" + few.slug(), false));
        Counted searchThousand = count(request("/sv/beslut?body=" + many.slug(), false));
        assertThat(searchThousand.page().select("main li.card")).hasSize(DecisionPages.PAGE_SIZE);
        assertThat(searchThousand.statements()).isEqualTo(searchTen.statements());

        long decisionId = decisions.byMeeting(large.id()).getFirst().id();
        decisions.link(decisionId, decisions.byMeeting(large.id()).get(1).id());
        Counted one = count(request("/sv/beslut/" + decisionId, false));
        assertThat(one.page().select("h1").text()).isNotEmpty();
        Counted api = count(request("/api/v1/agenda-items?organization=" + many.slug() + "&limit=100", false));
        Counted apiFew = count(request("/api/v1/agenda-items?organization=" + few.slug() + "&limit=100", false));
        assertThat(api.statements()).isEqualTo(apiFew.statements());
    }

    @Test
    void theSearchTheArchiveAndTheApisCostTheSameForTenAndTenThousandRows() throws Exception {
        DecisionsTestData.TestBody few = data.body("COMMITTEE");
        DecisionsTestData.TestBody many = data.body("COMMITTEE");
        bulkAgenda(data.meeting(few, DecisionsTestData.today().minusDays(3)), 10);
        bulkAgenda(data.meeting(many, DecisionsTestData.today().minusDays(3)), 10_000);
        bulkMeetings(few, 10, -1);
        // Ten years of meetings, all over a year old, so the calendar feeds' window (a year back) is not flooded.
        jdbc.sql("""
                INSERT INTO decisions_meeting (body_id, body_slug, body_kind, meeting_date, starts_at, ends_at, place)
                SELECT :b, :s, :k, CAST(:today AS date) - 400 - g / 3, time '08:00' + (g % 3) * interval '2 hours',
                       time '09:00' + (g % 3) * interval '2 hours', 'Kommunhuset'
                FROM generate_series(0, 9999) g
                """)
                .param("b", many.id())
                .param("s", many.slug())
                .param("k", many.kind())
                .param("today", DecisionsTestData.today())
                .update();

        for (String query : new String[] {"", "&q=beslut", "&q=beslut+1", "&q=xylofonorkester"}) {
            String fewUrl = "/sv/beslut?body=" + few.slug() + query;
            String manyUrl = "/sv/beslut?body=" + many.slug() + query;
            count(request(fewUrl, false));
            Counted ten = count(request(fewUrl, false));
            Counted tenThousand = count(request(manyUrl, false));
            assertThat(tenThousand.statements()).as(manyUrl).isEqualTo(ten.statements());
            Counted page = tenThousand;
            for (int i = 0; i < 5 && !page.page().select("a[rel=next]").isEmpty(); i++) {
                page = count(request(page.page().select("a[rel=next]").attr("href"), false));
                assertThat(page.statements()).as(manyUrl + ", page " + (i + 2)).isEqualTo(ten.statements());
            }
        }
        assertThat(count(request("/sv/beslut?body=" + many.slug(), false))
                        .page()
                        .select("h2#resultat")
                        .text())
                .contains("fler än 1");

        String archive = "/sv/sammantraden/arkiv?body=";
        Counted archiveTen = count(request(archive + few.slug(), false));
        Counted archivePage = count(request(archive + many.slug(), false));
        assertThat(archivePage.statements()).isEqualTo(archiveTen.statements());
        for (int i = 0; i < 5; i++) {
            archivePage = count(request(archivePage.page().select("a[rel=next]").attr("href"), false));
            assertThat(archivePage.statements()).isEqualTo(archiveTen.statements());
            assertThat(archivePage.page().select("main li.card")).hasSize(20);
        }

        for (String api : new String[] {
            "/api/v1/decisions?organization=", "/api/v1/meetings?organization=", "/api/v1/agenda-items?organization="
        }) {
            count(request(api + few.slug(), false));
            int ten = count(request(api + few.slug(), false)).statements();
            assertThat(count(request(api + many.slug() + "&page=40&limit=25", false))
                            .statements())
                    .as(api)
                    .isEqualTo(ten);
        }
    }

    private void bulkMeetings(DecisionsTestData.TestBody body, int n, int direction) {
        jdbc.sql("""
                INSERT INTO decisions_meeting (body_id, body_slug, body_kind, meeting_date, starts_at, ends_at, place)
                SELECT :b, :s, :k, CAST(:today AS date) + (:dir * (g / 20 + 1)), time '08:00' + (g % 20) * interval '30 minutes',
                       time '08:20' + (g % 20) * interval '30 minutes', 'Kommunhuset'
                FROM generate_series(0, :n - 1) g
                """)
                .param("b", body.id())
                .param("s", body.slug())
                .param("k", body.kind())
                .param("today", DecisionsTestData.today())
                .param("dir", direction)
                .param("n", n)
                .update();
    }

    private void bulkAgenda(Meeting meeting, int n) {
        jdbc.sql("""
                INSERT INTO decisions_agenda_item (meeting_id, number, case_number, title)
                SELECT :m, g, 'KS 2026/' || g, jsonb_build_object('sv', 'Ärende ' || g) FROM generate_series(1, :n) g
                """).param("m", meeting.id()).param("n", n).update();
        jdbc.sql("""
                INSERT INTO decisions_decision (meeting_id, agenda_item_id, body_id, body_slug, year, paragraph, decided_on, title, body, category,
                    gender_status, health_status, child_status)
                SELECT :m, a.id, :b, :s, :y, a.number, :d, a.title, jsonb_build_object('sv', 'Beslut ' || a.number), 'ECONOMY',
                    'MISSING', 'MISSING', 'MISSING'
                FROM decisions_agenda_item a WHERE a.meeting_id = :m
                """)
                .param("m", meeting.id())
                .param("b", meeting.bodyId())
                .param("s", meeting.bodySlug())
                .param("y", meeting.date().getYear())
                .param("d", meeting.date())
                .update();
        jdbc.sql("""
                INSERT INTO decisions_document (meeting_id, agenda_item_id, file_id, title, size_bytes)
                SELECT :m, a.id, gen_random_uuid(), 'Handling ' || a.number, 2048 FROM decisions_agenda_item a WHERE a.meeting_id = :m
                """).param("m", meeting.id()).update();
    }

    private MockHttpServletRequestBuilder request(String path, boolean staff) {
        MockHttpServletRequestBuilder request = get(path);
        return staff ? request.with(TestStaff.as(registrar)) : request;
    }

    private Counted count(MockHttpServletRequestBuilder request) {
        AtomicReference<String> body = new AtomicReference<>();
        int statements = QueryCounter.count(() -> {
            try {
                var response = mvc.perform(request).andReturn().getResponse();
                assertThat(response.getStatus()).isEqualTo(200);
                body.set(response.getContentAsString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return new Counted(statements, Jsoup.parse(body.get()));
    }
}
