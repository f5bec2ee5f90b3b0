package se.bygdeportalen.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalTime;
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
import se.bygdeportalen.decisions.internal.AgendaItem;
import se.bygdeportalen.decisions.internal.Assessment;
import se.bygdeportalen.decisions.internal.Decision;
import se.bygdeportalen.decisions.internal.DecisionRepository;
import se.bygdeportalen.decisions.internal.Meeting;
import se.bygdeportalen.decisions.internal.MeetingRepository;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.TestStaff;

/**
 * Registrars correct meetings, agenda items and decisions until the minutes are approved: pre-filled
 * forms, 400 with nothing saved for bad input, 409 for a closed meeting, 403 for another body's
 * records, the notice rule again when a meeting is moved, and every change audited with before and after.
 */
@IntegrationTest
class DecisionEditIT {

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

    @BeforeEach
    void setUp() {
        data = new DecisionsTestData(jdbc, meetings, decisions);
        registrar = new TestStaff(jdbc, encoder).create(Role.REGISTRAR);
    }

    // ---- meeting -----------------------------------------------------------------------------

    @Test
    void aMeetingsDetailsAreCorrectedAndAudited() throws Exception {
        DecisionsTestData.TestBody committee = data.body("COMMITTEE");
        Meeting meeting = data.meeting(committee, DecisionsTestData.today().plusDays(20));

        Document form = Jsoup.parse(
                send(get("/admin/sammantraden/" + meeting.id() + "/andra")).getContentAsString());
        assertThat(form.select("#f-place").val()).isEqualTo("Kommunhuset");
        assertThat(form.select("#f-date").val()).isEqualTo(meeting.date().toString());

        MockHttpServletResponse saved = send(
                meetingEdit(meeting, meeting.date().plusDays(1).toString(), "09:00", "11:00", "Skolan i Svanstein"));
        assertThat(saved.getStatus()).isEqualTo(302);
        Meeting after = meetings.find(meeting.id()).orElseThrow();
        assertThat(after.place()).isEqualTo("Skolan i Svanstein");
        assertThat(after.date()).isEqualTo(meeting.date().plusDays(1));
        assertThat(after.startsAt()).isEqualTo(LocalTime.of(9, 0));
        assertThat(after.sequence()).isGreaterThan(meeting.sequence());
        String before = jdbc.sql(
                        "SELECT before_state ->> 'place' FROM audit_log WHERE action = 'decisions.meeting.edited' AND entity_id = :id")
                .param("id", String.valueOf(meeting.id()))
                .query(String.class)
                .single();
        assertThat(before).isEqualTo("Kommunhuset");
    }

    @Test
    void badMeetingInputIsRefusedWith400AndNothingSaved() throws Exception {
        DecisionsTestData.TestBody committee = data.body("COMMITTEE");
        Meeting meeting = data.meeting(committee, DecisionsTestData.today().plusDays(20));
        data.meeting(committee, meeting.date().plusDays(1), "09:00", "12:00");

        MockHttpServletResponse empty = send(meetingEdit(meeting, meeting.date().toString(), "18:00", "17:00", " "));
        assertThat(empty.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(empty.getContentAsString());
        assertThat(page.select(".error-summary")).isNotEmpty();
        assertThat(page.select("#f-place-error").text()).isNotBlank();
        assertThat(page.select("#f-endsAt-error").text()).contains("sluta efter");

        MockHttpServletResponse overlap =
                send(meetingEdit(meeting, meeting.date().plusDays(1).toString(), "11:00", "13:00", "Kommunhuset"));
        assertThat(overlap.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(overlap.getContentAsString())
                        .select("#f-startsAt-error")
                        .text())
                .contains("överlappar");

        assertThat(meetings.find(meeting.id()).orElseThrow()).isEqualTo(meeting);
        assertThat(audited("decisions.meeting.edited", meeting.id())).isZero();
    }

    @Test
    void movingACouncilMeetingCloserThanItsNoticeAllowsNeedsAnOverride() throws Exception {
        DecisionsTestData.TestBody council = data.body("COUNCIL");
        Meeting meeting = data.meeting(council, DecisionsTestData.today().plusDays(20));
        String soon = DecisionsTestData.today().plusDays(3).toString();

        MockHttpServletResponse warned = send(meetingEdit(meeting, soon, "18:00", "20:00", "Kommunhuset"));
        assertThat(warned.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(warned.getContentAsString())
                        .select(".banner--warning")
                        .text())
                .contains("minst en vecka");
        assertThat(meetings.find(meeting.id()).orElseThrow().date()).isEqualTo(meeting.date());

        MockHttpServletResponse overridden = send(meetingEdit(meeting, soon, "18:00", "20:00", "Kommunhuset")
                .param("override", "true")
                .param("overrideReason", "Lokalen är upptagen den planerade dagen"));
        assertThat(overridden.getStatus()).isEqualTo(302);
        assertThat(meetings.find(meeting.id()).orElseThrow().date()).isEqualTo(LocalDate.parse(soon));
        assertThat(audited("decisions.rule.overridden", meeting.id())).isOne();
        assertThat(audited("decisions.meeting.edited", meeting.id())).isOne();
    }

    @Test
    void aClosedMeetingCannotBeChanged() throws Exception {
        DecisionsTestData.TestBody committee = data.body("COMMITTEE");
        Meeting meeting = closedMeeting(committee);
        long item = meetings.agenda(meeting.id()).getFirst().id();
        long decision = decisions.byMeeting(meeting.id()).getFirst().id();

        MockHttpServletResponse m =
                send(meetingEdit(meeting, meeting.date().toString(), "08:00", "09:00", "Annan plats"));
        assertThat(m.getStatus()).isEqualTo(409);
        assertThat(Jsoup.parse(m.getContentAsString()).select("main").text()).contains("Inget kan ändras längre");
        assertThat(send(get("/admin/sammantraden/" + meeting.id() + "/andra")).getStatus())
                .isEqualTo(409);
        assertThat(send(itemEdit(meeting, item, "KS 2026/1", "Ändrad")).getStatus())
                .isEqualTo(409);
        assertThat(send(post("/admin/sammantraden/" + meeting.id() + "/arenden/" + item + "/ta-bort"))
                        .getStatus())
                .isEqualTo(409);
        assertThat(send(decisionEdit(meeting, decision, "Ändrat beslut")).getStatus())
                .isEqualTo(409);

        assertThat(meetings.find(meeting.id()).orElseThrow().place()).isEqualTo("Kommunhuset");
        assertThat(meetings.agenda(meeting.id()).getFirst().title().raw(Lang.SV))
                .isEqualTo("Förskola i Juoksengi");
        assertThat(decisions.find(decision).orElseThrow().title().raw(Lang.SV)).isEqualTo("Beslut om förskolan");
    }

    @Test
    void aRegistrarOfAnotherBodyIsRefused() throws Exception {
        DecisionsTestData.TestBody mine = data.body("COMMITTEE");
        DecisionsTestData.TestBody other = data.body("COMMITTEE");
        jdbc.sql("INSERT INTO organisation_registrar_scope (staff_account_id, body_id) VALUES (:a, :b)")
                .param("a", registrar.id())
                .param("b", mine.id())
                .update();
        Meeting theirs = data.meeting(other, DecisionsTestData.today().minusDays(1));
        long item = data.item(theirs, "Förskola i Juoksengi");
        long decision = data.decision(theirs, "Beslut om förskolan", null, "Text", Assessment.Status.MISSING);

        MockHttpServletResponse m = send(meetingEdit(theirs, theirs.date().toString(), "08:00", "09:00", "Intrång"));
        assertThat(m.getStatus()).isEqualTo(403);
        assertThat(Jsoup.parse(m.getContentAsString()).select("main").text()).contains("registrator för andra organ");
        assertThat(send(get("/admin/sammantraden/" + theirs.id() + "/beslut/" + decision + "/andra"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(itemEdit(theirs, item, "KS 2026/1", "Intrång")).getStatus())
                .isEqualTo(403);
        assertThat(send(post("/admin/sammantraden/" + theirs.id() + "/arenden/" + item + "/ta-bort"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(decisionEdit(theirs, decision, "Intrång")).getStatus()).isEqualTo(403);

        assertThat(meetings.find(theirs.id()).orElseThrow().place()).isEqualTo("Kommunhuset");
        assertThat(meetings.agenda(theirs.id())).hasSize(1);
        assertThat(decisions.find(decision).orElseThrow().title().raw(Lang.SV)).isEqualTo("Beslut om förskolan");
    }

    // ---- agenda item -------------------------------------------------------------------------

    @Test
    void anAgendaItemIsCorrectedAndBadInputRefused() throws Exception {
        DecisionsTestData.TestBody committee = data.body("COMMITTEE");
        Meeting meeting = data.meeting(committee, DecisionsTestData.today().plusDays(10));
        long item = data.item(meeting, "Förskola i Juoksengi");

        Document form = Jsoup.parse(send(get("/admin/sammantraden/" + meeting.id() + "/arenden/" + item + "/andra"))
                .getContentAsString());
        assertThat(form.select("[name='title[sv]']").val()).isEqualTo("Förskola i Juoksengi");

        MockHttpServletResponse bad = send(itemEdit(meeting, item, "inte ett diarienummer", " "));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(bad.getContentAsString()).select(".error-summary"))
                .isNotEmpty();
        assertThat(Jsoup.parse(bad.getContentAsString())
                        .select("#f-caseNumber-error")
                        .text())
                .isNotBlank();
        assertThat(meetings.agenda(meeting.id()).getFirst().title().raw(Lang.SV))
                .isEqualTo("Förskola i Juoksengi");
        assertThat(audited("decisions.agenda-item.edited", item)).isZero();

        assertThat(send(itemEdit(meeting, item, "BUN 2026/17", "Förskoleavdelning i Juoksengi"))
                        .getStatus())
                .isEqualTo(302);
        AgendaItem after = meetings.agenda(meeting.id()).getFirst();
        assertThat(after.caseNumber()).isEqualTo("BUN 2026/17");
        assertThat(after.title().raw(Lang.SV)).isEqualTo("Förskoleavdelning i Juoksengi");
        assertThat(audited("decisions.agenda-item.edited", item)).isOne();
    }

    @Test
    void anItemWithoutADecisionIsRemovedAndTheLaterOnesMoveUp() throws Exception {
        DecisionsTestData.TestBody committee = data.body("COMMITTEE");
        Meeting meeting = data.meeting(committee, DecisionsTestData.today().minusDays(1));
        long first = data.item(meeting, "Första");
        long second = data.item(meeting, "Andra");
        long third = data.item(meeting, "Tredje");
        jdbc.sql("UPDATE decisions_decision SET agenda_item_id = :i WHERE id = :d")
                .param("i", third)
                .param("d", data.decision(meeting, "Beslut", null, "Text", Assessment.Status.MISSING))
                .update();

        assertThat(send(post("/admin/sammantraden/" + meeting.id() + "/arenden/" + first + "/ta-bort"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(meetings.agenda(meeting.id()))
                .extracting(AgendaItem::id, AgendaItem::number)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(second, 1), org.assertj.core.groups.Tuple.tuple(third, 2));
        assertThat(jdbc.sql(
                                "SELECT before_state ->> 'title' FROM audit_log WHERE action = 'decisions.agenda-item.removed' AND entity_id = :id")
                        .param("id", String.valueOf(first))
                        .query(String.class)
                        .single())
                .contains("Första");

        MockHttpServletResponse refused =
                send(post("/admin/sammantraden/" + meeting.id() + "/arenden/" + third + "/ta-bort"));
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.getContentAsString()).select("main").text())
                .contains("kan inte tas bort");
        assertThat(meetings.agenda(meeting.id())).hasSize(2);
    }

    // ---- decision ----------------------------------------------------------------------------

    @Test
    void aDecisionIsCorrectedWithTheSameChecksAsRecordingIt() throws Exception {
        DecisionsTestData.TestBody committee = data.body("COMMITTEE");
        Meeting meeting = data.meeting(committee, DecisionsTestData.today().minusDays(1));
        long decision =
                data.decision(meeting, "Beslut om förskolan", null, "Nämnden beslutar.", Assessment.Status.ASSESSED);

        Document form = Jsoup.parse(send(get("/admin/sammantraden/" + meeting.id() + "/beslut/" + decision + "/andra"))
                .getContentAsString());
        assertThat(form.select("[name='title[sv]']").val()).isEqualTo("Beslut om förskolan");
        assertThat(form.select("input[name=genderStatus][value=ASSESSED]").hasAttr("checked"))
                .isTrue();

        MockHttpServletResponse bad = send(
                decisionEdit(meeting, decision, "Ändrat").param("votesYes", "7").param("genderStatus", "NOT_RELEVANT"));
        assertThat(bad.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(bad.getContentAsString());
        assertThat(page.select(".error-summary")).isNotEmpty();
        assertThat(page.select("#f-votesNo-error").text()).isNotBlank();
        assertThat(page.select("#f-genderText-error").text()).isNotBlank();
        assertThat(decisions.find(decision).orElseThrow().title().raw(Lang.SV)).isEqualTo("Beslut om förskolan");
        assertThat(audited("decisions.decision.edited", decision)).isZero();

        MockHttpServletResponse saved = send(decisionEdit(meeting, decision, "Beslut om förskolan i Juoksengi")
                .param("votesYes", "7")
                .param("votesNo", "4")
                .param("reservations", "Anna Niemi reserverade sig.")
                .param("genderStatus", "NOT_RELEVANT")
                .param("genderText", "Rör lokaler, inte personer."));
        assertThat(saved.getStatus()).isEqualTo(302);
        Decision after = decisions.find(decision).orElseThrow();
        assertThat(after.title().raw(Lang.SV)).isEqualTo("Beslut om förskolan i Juoksengi");
        assertThat(after.votesYes()).isEqualTo(7);
        assertThat(after.reservations()).contains("Anna Niemi");
        assertThat(after.gender().status()).isEqualTo(Assessment.Status.NOT_RELEVANT);
        assertThat(after.paragraph())
                .isEqualTo(decisions.find(decision).orElseThrow().paragraph());
        String audit = jdbc.sql(
                        "SELECT after_state ->> 'votes' FROM audit_log WHERE action = 'decisions.decision.edited' AND entity_id = :id")
                .param("id", String.valueOf(decision))
                .query(String.class)
                .single();
        assertThat(audit).isEqualTo("7-4-0");
    }

    // ---- helpers -----------------------------------------------------------------------------

    private Meeting closedMeeting(DecisionsTestData.TestBody body) {
        Meeting meeting = data.meeting(body, DecisionsTestData.today().minusDays(3));
        data.item(meeting, "Förskola i Juoksengi");
        data.decision(meeting, "Beslut om förskolan", null, "Text", Assessment.Status.MISSING);
        meetings.approve(
                meeting.id(),
                DecisionsTestData.today().minusDays(1),
                java.util.List.of("Anna Niemi"),
                DecisionsTestData.today().minusDays(1));
        return meetings.find(meeting.id()).orElseThrow();
    }

    private MockHttpServletRequestBuilder meetingEdit(
            Meeting meeting, String date, String start, String end, String place) {
        return post("/admin/sammantraden/" + meeting.id() + "/andra")
                .param("date", date)
                .param("startsAt", start)
                .param("endsAt", end)
                .param("place", place);
    }

    private MockHttpServletRequestBuilder itemEdit(Meeting meeting, long item, String caseNumber, String title) {
        return post("/admin/sammantraden/" + meeting.id() + "/arenden/" + item + "/andra")
                .param("caseNumber", caseNumber)
                .param("title[sv]", title);
    }

    private MockHttpServletRequestBuilder decisionEdit(Meeting meeting, long decision, String title) {
        return post("/admin/sammantraden/" + meeting.id() + "/beslut/" + decision + "/andra")
                .param("title[sv]", title)
                .param("text[sv]", "Nämnden beslutar enligt förslaget.")
                .param("category", "ECONOMY")
                .param("healthStatus", "MISSING")
                .param("childStatus", "MISSING");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(TestStaff.as(registrar)).with(csrf()))
                .andReturn()
                .getResponse();
    }

    private long audited(String action, long entityId) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = :a AND entity_id = :id")
                .param("a", action)
                .param("id", String.valueOf(entityId))
                .query(Long.class)
                .single();
    }
}
