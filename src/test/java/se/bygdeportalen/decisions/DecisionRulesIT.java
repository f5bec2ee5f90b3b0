package se.bygdeportalen.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.bygdeportalen.decisions.internal.Assessment;
import se.bygdeportalen.decisions.internal.Decision;
import se.bygdeportalen.decisions.internal.DecisionRepository;
import se.bygdeportalen.decisions.internal.Meeting;
import se.bygdeportalen.decisions.internal.MeetingDocument;
import se.bygdeportalen.decisions.internal.MeetingRepository;
import se.bygdeportalen.decisions.internal.PublishNotice;
import se.bygdeportalen.noticeboard.NoticeBoard;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.TestClock;
import se.bygdeportalen.test.TestStaff;

/**
 * The Local Government Act's time limits as warnings a registrar must consciously override (with
 * an audited reason), and every kind of bad input refused with a localized message and a 4xx,
 * with nothing half-saved.
 */
@IntegrationTest
class DecisionRulesIT {

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

    @Autowired
    NoticeBoard noticeBoard;

    @Autowired
    TestClock clock;

    DecisionsTestData data;
    PortalUser registrar;

    @BeforeEach
    void setUp() {
        data = new DecisionsTestData(jdbc, meetings, decisions);
        registrar = new TestStaff(jdbc, encoder).create(Role.REGISTRAR);
    }

    // ---- planning ----------------------------------------------------------------------------

    @Test
    void aCouncilMeetingPlannedLessThanAWeekAheadNeedsAConsciousOverrideWithAReason() throws Exception {
        DecisionsTestData.TestBody council = data.body("COUNCIL");
        String date = DecisionsTestData.today().plusDays(5).toString();

        MockHttpServletResponse warned = send(planRequest(council.slug(), date, "18:00", "21:00"));
        assertThat(warned.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(warned.getContentAsString());
        assertThat(page.select(".banner--warning").text())
                .contains("minst en vecka")
                .contains(DecisionsTestData.today().plusDays(5).minusDays(7).getYear() + "");
        assertThat(page.select("input[name=override]")).hasSize(1);
        assertThat(meetingsOf(council)).isZero();

        MockHttpServletResponse noReason =
                send(planRequest(council.slug(), date, "18:00", "21:00").param("override", "true"));
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(noReason.getContentAsString())
                        .select(".error-summary")
                        .text())
                .contains("Skriv varför du fortsätter");
        assertThat(meetingsOf(council)).isZero();

        MockHttpServletResponse overridden = send(planRequest(council.slug(), date, "18:00", "21:00")
                .param("override", "true")
                .param("overrideReason", "Extra sammanträde om skattesatsen enligt ordförandens beslut"));
        assertThat(overridden.getStatus()).isEqualTo(302);
        long id = Long.parseLong(overridden.getRedirectedUrl().replaceAll("^/admin/sammantraden/(\\d+).*$", "$1"));
        assertThat(meetingsOf(council)).isOne();
        assertThat(jdbc.sql(
                                "SELECT reason FROM decisions_rule_override WHERE meeting_id = :id AND rule = 'COUNCIL_NOTICE_WEEK'")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .contains("Extra sammanträde");
        assertThat(audited("decisions.rule.overridden", id)).isOne();
        assertThat(audited("decisions.meeting.planned", id)).isOne();
    }

    @Test
    void aCommitteeMeetingLessThanFiveDaysAheadNeedsAConsciousOverride() throws Exception {
        DecisionsTestData.TestBody committee = data.body("COMMITTEE");
        String tomorrow = DecisionsTestData.today().plusDays(1).toString();
        MockHttpServletResponse warned = send(planRequest(committee.slug(), tomorrow, "09:00", "12:00"));
        assertThat(warned.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(warned.getContentAsString())
                        .select(".banner--warning")
                        .text())
                .contains("minst 5 dagar");
        assertThat(meetingsOf(committee)).isZero();

        MockHttpServletResponse overridden = send(planRequest(committee.slug(), tomorrow, "09:00", "12:00")
                .param("override", "true")
                .param("overrideReason", "Extra sammanträde om skolskjutsarna"));
        assertThat(overridden.getStatus()).isEqualTo(302);
        long id = Long.parseLong(overridden.getRedirectedUrl().replaceAll("^/admin/sammantraden/(\\d+).*$", "$1"));
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM decisions_rule_override WHERE meeting_id = :id AND rule = 'COMMITTEE_NOTICE_DAYS'")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(audited("decisions.rule.overridden", id)).isOne();

        // Five days ahead is in time.
        DecisionsTestData.TestBody group = data.body("EXECUTIVE_BOARD");
        assertThat(send(planRequest(
                                group.slug(),
                                DecisionsTestData.today().plusDays(5).toString(),
                                "09:00",
                                "12:00"))
                        .getStatus())
                .isEqualTo(302);
    }

    @Test
    void aCommitteesLateNoticeNeedsAnOverrideAndIsAudited() throws Exception {
        DecisionsTestData.TestBody committee = data.body("COMMITTEE");
        Meeting soon = data.meeting(committee, DecisionsTestData.today().plusDays(4));
        MockHttpServletResponse warned = send(post("/admin/sammantraden/" + soon.id() + "/kallelse"));
        assertThat(warned.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(warned.getContentAsString())
                        .select(".banner--warning")
                        .text())
                .contains("arbetsgruppens");
        assertThat(meetings.find(soon.id()).orElseThrow().noticePostedOn()).isNull();

        assertThat(send(post("/admin/sammantraden/" + soon.id() + "/kallelse")
                                .param("override", "true")
                                .param("overrideReason", "Ordföranden kallade till extra sammanträde"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(meetings.find(soon.id()).orElseThrow().noticePostedOn()).isEqualTo(DecisionsTestData.today());
        assertThat(audited("decisions.rule.overridden", soon.id())).isOne();
        // A committee's notice does not go on the notice board.
        assertThat(noticeBoard.bySource("decisions", PublishNotice.noticeRef(soon.id())))
                .isEmpty();

        Meeting inTime = data.meeting(committee, DecisionsTestData.today().plusDays(5));
        assertThat(send(post("/admin/sammantraden/" + inTime.id() + "/kallelse"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(audited("decisions.rule.overridden", inTime.id())).isZero();
    }

    @Test
    void theCouncilsWeekIsCountedInStockholmDaysAlsoTheNightSummerTimeBegins() throws Exception {
        DecisionsTestData.TestBody council = data.body("COUNCIL");
        LocalDate saturday = LocalDate.of(2026, 4, 4);

        clock.setStockholm(LocalDateTime.of(2026, 3, 28, 23, 59));
        assertThat(send(planRequest(council.slug(), saturday.toString(), "10:00", "12:00"))
                        .getStatus())
                .as("planned on Saturday 28 March, a week ahead")
                .isEqualTo(302);

        // Summer time begins at 02:00 on Sunday 29 March 2026; at 00:30 it is still 23:30 on Saturday in UTC.
        clock.setStockholm(LocalDateTime.of(2026, 3, 29, 0, 30));
        assertThat(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).isEqualTo(LocalDate.of(2026, 3, 28));
        MockHttpServletResponse warned = send(planRequest(council.slug(), saturday.toString(), "13:00", "15:00"));
        assertThat(warned.getStatus()).as("planned on Sunday, six days ahead").isEqualTo(422);
        assertThat(Jsoup.parse(warned.getContentAsString())
                        .select(".banner--warning")
                        .text())
                .contains("senast 28 mars 2026")
                .contains("Det är 6 dagar kvar");
        assertThat(meetingsOf(council)).isOne();
    }

    @Test
    void overlappingMeetingsAndImpossibleTimesAreRefused() throws Exception {
        DecisionsTestData.TestBody committee = data.body("COMMITTEE");
        LocalDate day = DecisionsTestData.today().plusDays(20);
        data.meeting(committee, day, "09:00", "12:00");

        MockHttpServletResponse overlap = send(planRequest(committee.slug(), day.toString(), "11:00", "13:00"));
        assertThat(overlap.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(overlap.getContentAsString())
                        .select("#f-startsAt-error")
                        .text())
                .contains("överlappar");

        MockHttpServletResponse backwards =
                send(planRequest(committee.slug(), day.plusDays(1).toString(), "15:00", "13:00"));
        assertThat(backwards.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(backwards.getContentAsString())
                        .select("#f-endsAt-error")
                        .text())
                .contains("sluta efter");

        MockHttpServletResponse nonsense = send(planRequest(committee.slug(), "2026-02-30", "25:00", "x"));
        assertThat(nonsense.getStatus()).isEqualTo(400);
        assertThat(meetingsOf(committee)).isOne();
    }

    @Test
    void theWarningIsShownInTheStaffMembersLanguage() throws Exception {
        PortalUser finnish = new TestStaff(jdbc, encoder).create(Lang.FI, Role.REGISTRAR);
        DecisionsTestData.TestBody council = data.body("COUNCIL");
        MockHttpServletResponse warned = mvc.perform(post("/admin/sammantraden/ny")
                        .with(TestStaff.as(finnish))
                        .with(csrf())
                        .param("body", council.slug())
                        .param("date", DecisionsTestData.today().plusDays(2).toString())
                        .param("startsAt", "18:00")
                        .param("endsAt", "20:00")
                        .param("place", "Kunnantalo"))
                .andReturn()
                .getResponse();
        assertThat(warned.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(warned.getContentAsString())
                        .select(".banner--warning")
                        .text())
                .contains("vähintään viikkoa");
    }

    // ---- notice ------------------------------------------------------------------------------

    @Test
    void theCouncilsNoticeGoesOnTheNoticeBoardAndALateOneNeedsAnOverride() throws Exception {
        DecisionsTestData.TestBody council = data.body("COUNCIL");
        Meeting soon = data.meeting(council, DecisionsTestData.today().plusDays(3));
        MockHttpServletResponse warned = send(post("/admin/sammantraden/" + soon.id() + "/kallelse"));
        assertThat(warned.getStatus()).isEqualTo(422);
        assertThat(meetings.find(soon.id()).orElseThrow().noticePostedOn()).isNull();
        assertThat(noticeBoard.bySource("decisions", PublishNotice.noticeRef(soon.id())))
                .isEmpty();

        MockHttpServletResponse overridden = send(post("/admin/sammantraden/" + soon.id() + "/kallelse")
                .param("override", "true")
                .param("overrideReason", "Brådskande ärende om budgeten"));
        assertThat(overridden.getStatus()).isEqualTo(302);
        assertThat(meetings.find(soon.id()).orElseThrow().noticePostedOn()).isEqualTo(DecisionsTestData.today());
        assertThat(noticeBoard.bySource("decisions", PublishNotice.noticeRef(soon.id())))
                .isPresent();
        assertThat(audited("decisions.rule.overridden", soon.id())).isOne();

        Meeting inTime = data.meeting(council, DecisionsTestData.today().plusDays(8));
        assertThat(send(post("/admin/sammantraden/" + inTime.id() + "/kallelse"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(audited("decisions.rule.overridden", inTime.id())).isZero();
        assertThat(audited("decisions.notice.published", inTime.id())).isOne();
    }

    // ---- approval of the minutes -------------------------------------------------------------

    @Test
    void minutesApprovedLaterThan14DaysNeedAnOverrideAndThenThePostingShowsTheAppealPeriod() throws Exception {
        DecisionsTestData.TestBody committee = data.body("COMMITTEE");
        Meeting held = data.meeting(committee, DecisionsTestData.today().minusDays(16));
        String approvedOn = DecisionsTestData.today().toString();

        MockHttpServletResponse warned = send(approval(held, approvedOn, "Anna Niemi\nPer Keinänen"));
        assertThat(warned.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(warned.getContentAsString())
                        .select(".banner--warning")
                        .text())
                .contains("inom 14 dagar");
        assertThat(meetings.find(held.id()).orElseThrow().approvedOn()).isNull();

        MockHttpServletResponse done = send(approval(held, approvedOn, "Anna Niemi\nPer Keinänen")
                .param("override", "true")
                .param("overrideReason", "Ordföranden var sjuk"));
        assertThat(done.getStatus()).isEqualTo(302);
        Meeting approved = meetings.find(held.id()).orElseThrow();
        assertThat(approved.approvers()).containsExactly("Anna Niemi", "Per Keinänen");
        assertThat(approved.approvalPostedOn()).isEqualTo(DecisionsTestData.today());
        var notice = noticeBoard
                .bySource("decisions", PublishNotice.minutesRef(held.id()))
                .orElseThrow();
        assertThat(notice.lastDayToAppeal()).isAfter(DecisionsTestData.today().plusDays(20));

        Document page = Jsoup.parse(mvc.perform(get("/sv/sammantraden/" + held.id()))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#appeal-title").text()).contains("Överklaga");
        assertThat(page.text()).contains("Anna Niemi, Per Keinänen");
    }

    @Test
    void minutesPostedThreeWeeksBeforeMidsummerEveMayBeAppealedUntilTheMondayAfter() throws Exception {
        // Friday 29 May 2026: three weeks on is Midsummer Eve, then Midsummer Day and a Sunday.
        clock.setStockholm(LocalDateTime.of(2026, 5, 29, 14, 0));
        DecisionsTestData.TestBody committee = data.body("COMMITTEE");
        Meeting held = data.meeting(committee, LocalDate.of(2026, 5, 27));

        assertThat(send(approval(held, "2026-05-29", "Anna Niemi")).getStatus()).isEqualTo(302);

        assertThat(meetings.find(held.id()).orElseThrow().approvalPostedOn()).isEqualTo(LocalDate.of(2026, 5, 29));
        var notice = noticeBoard
                .bySource("decisions", PublishNotice.minutesRef(held.id()))
                .orElseThrow();
        assertThat(notice.lastDayToAppeal()).isEqualTo(LocalDate.of(2026, 6, 22));
        assertThat(appealBanner(held)).contains("senast 22 juni 2026");

        clock.setStockholm(LocalDateTime.of(2026, 6, 22, 23, 59));
        assertThat(appealBanner(held)).contains("senast 22 juni 2026");
        clock.setStockholm(LocalDateTime.of(2026, 6, 23, 0, 1));
        assertThat(appealBanner(held)).contains("Tiden för överklagande gick ut 22 juni 2026");
    }

    @Test
    void anApprovalPostedMoreThanTwoDaysAfterItNeedsAnOverride() throws Exception {
        DecisionsTestData.TestBody committee = data.body("COMMITTEE");
        Meeting held = data.meeting(committee, DecisionsTestData.today().minusDays(6));
        MockHttpServletResponse warned =
                send(approval(held, DecisionsTestData.today().minusDays(3).toString(), "Anna Niemi"));
        assertThat(warned.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(warned.getContentAsString())
                        .select(".banner--warning")
                        .text())
                .contains("inom två dagar");
        assertThat(meetings.find(held.id()).orElseThrow().approvedOn()).isNull();
    }

    @Test
    void impossibleApprovalDatesAndMissingApproversAreRefused() throws Exception {
        DecisionsTestData.TestBody committee = data.body("COMMITTEE");
        Meeting held = data.meeting(committee, DecisionsTestData.today().minusDays(2));

        MockHttpServletResponse before =
                send(approval(held, DecisionsTestData.today().minusDays(3).toString(), "Anna Niemi"));
        assertThat(before.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(before.getContentAsString())
                        .select("#f-approvedOn-error")
                        .text())
                .contains("före sammanträdet");

        MockHttpServletResponse future =
                send(approval(held, DecisionsTestData.today().plusDays(1).toString(), "Anna Niemi"));
        assertThat(future.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(future.getContentAsString())
                        .select("#f-approvedOn-error")
                        .text())
                .contains("framtiden");

        MockHttpServletResponse nobody =
                send(approval(held, DecisionsTestData.today().toString(), " "));
        assertThat(nobody.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(nobody.getContentAsString())
                        .select("#f-approverNames-error")
                        .text())
                .contains("minst en justerare");
        assertThat(meetings.find(held.id()).orElseThrow().approvedOn()).isNull();
        assertThat(noticeBoard.bySource("decisions", PublishNotice.minutesRef(held.id())))
                .isEmpty();
    }

    @Test
    void aClosedMeetingTakesNoMoreAgendaItemsOrDecisions() throws Exception {
        DecisionsTestData.TestBody committee = data.body("COMMITTEE");
        Meeting held = data.meeting(committee, DecisionsTestData.today().minusDays(3));
        assertThat(send(approval(held, DecisionsTestData.today().toString(), "Anna Niemi"))
                        .getStatus())
                .isEqualTo(302);

        MockHttpServletResponse item =
                send(post("/admin/sammantraden/" + held.id() + "/arenden").param("title[sv]", "Sent ärende"));
        assertThat(item.getStatus()).isEqualTo(409);
        assertThat(Jsoup.parse(item.getContentAsString()).select("main").text()).contains("Protokollet är justerat");
        assertThat(meetings.agenda(held.id())).isEmpty();

        MockHttpServletResponse decision =
                send(unassessed(decisionRequest(held)).param("title[sv]", "Sent beslut"));
        assertThat(decision.getStatus()).isEqualTo(409);
        assertThat(decisions.byMeeting(held.id())).isEmpty();
    }

    // ---- decisions ---------------------------------------------------------------------------

    @Test
    void aDecisionGetsTheBodysNextParagraphAndItsAssessments() throws Exception {
        DecisionsTestData.TestBody committee = data.body("COMMITTEE");
        Meeting held = data.meeting(committee, DecisionsTestData.today().minusDays(1));
        long item = data.item(held, "Förskola i Juoksengi");
        MockHttpServletResponse response = send(decisionRequest(held)
                .param("agendaItemId", String.valueOf(item))
                .param("title[sv]", "Förskola i Juoksengi")
                .param("title[fi]", "Esikoulu Juoksengissa")
                .param("text[sv]", "Nämnden beslutar att öppna en förskoleavdelning.")
                .param("votesYes", "7")
                .param("votesNo", "2")
                .param("reservations", "Erik Vaara (SD) reserverar sig.")
                .param("genderStatus", "ASSESSED")
                .param("genderText", "Könsuppdelad statistik har använts.")
                .param("genderAffects", "true")
                .param("genderStatistics", "true")
                .param("genderConsequences", "true")
                .param("genderMeasures", "false")
                .param("healthStatus", "NOT_RELEVANT")
                .param("healthText", "Påverkar inte folkhälsan.")
                .param("childStatus", "MISSING"));
        assertThat(response.getStatus()).isEqualTo(302);
        Decision d = decisions.byMeeting(held.id()).getFirst();
        assertThat(d.paragraph()).isEqualTo(1);
        assertThat(d.year()).isEqualTo(held.date().getYear());
        assertThat(d.caseNumber()).startsWith("KS 2026/");
        assertThat(d.gender().checklist()).isEqualTo(new Assessment.Checklist(true, true, true, false));
        assertThat(d.health().status()).isEqualTo(Assessment.Status.NOT_RELEVANT);
        assertThat(d.child().status()).isEqualTo(Assessment.Status.MISSING);
        assertThat(audited("decisions.decision.recorded", d.id())).isOne();

        Document page = Jsoup.parse(mvc.perform(get("/fi/beslut/" + d.id()))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Esikoulu Juoksengissa");
        assertThat(page.select("#bedomning-gender").first().parent().text())
                .contains("Arvioitu")
                .contains("Kyllä");
        assertThat(page.text()).contains("Jaa: 7, ei: 2").contains("Erik Vaara (SD)");

        // The second decision of the year gets § 2, and may build on the first.
        MockHttpServletResponse second = send(decisionRequest(held)
                .param("title[sv]", "Uppföljning")
                .param("text[sv]", "Uppföljning av förskolan.")
                .param("earlierDecisions", "1/" + held.date().getYear())
                .param("genderStatus", "MISSING")
                .param("healthStatus", "MISSING")
                .param("childStatus", "MISSING"));
        assertThat(second.getStatus()).isEqualTo(302);
        Decision d2 = decisions.byMeeting(held.id()).get(1);
        assertThat(d2.paragraph()).isEqualTo(2);
        assertThat(decisions.earlier(d2.id())).extracting(Decision::id).containsExactly(d.id());
    }

    @Test
    void badDecisionInputIsRefusedAtTheFieldsAndNothingIsSaved() throws Exception {
        DecisionsTestData.TestBody committee = data.body("COMMITTEE");
        Meeting held = data.meeting(committee, DecisionsTestData.today().minusDays(1));
        MockHttpServletResponse response = send(decisionRequest(held)
                .param("title[sv]", "Beslut")
                .param("childStatus", "MISSING")
                .param("genderStatus", "ASSESSED")
                .param("genderText", "Bedömt")
                .param("healthStatus", "NOT_RELEVANT")
                .param("healthText", " ")
                .param("votesYes", "sju")
                .param("earlierDecisions", "999/1999"));
        assertThat(response.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("#f-healthText-error").text()).contains("varför bedömningen inte är relevant");
        assertThat(page.select("#f-genderAffects-error").text()).contains("ja eller nej");
        assertThat(page.select("#f-votesYes-error").text()).contains("heltal");
        assertThat(page.select(".error-summary a[href='#f-text-sv-']").text()).contains("svenska");
        assertThat(decisions.byMeeting(held.id())).isEmpty();

        // What needs the data (earlier decisions that do not exist) is checked once the form itself is right.
        MockHttpServletResponse unknown = send(
                unassessed(decisionRequest(held)).param("title[sv]", "Beslut").param("earlierDecisions", "999/1999"));
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(unknown.getContentAsString())
                        .select("#f-earlierDecisions-error")
                        .text())
                .contains("999/1999");
        assertThat(decisions.byMeeting(held.id())).isEmpty();
    }

    @Test
    void aDecisionWithoutAMeetingOrForAFutureMeetingIsRefused() throws Exception {
        MockHttpServletResponse none = send(post("/admin/sammantraden/987654321/beslut/ny")
                .param("title[sv]", "X")
                .param("text[sv]", "Y")
                .param("category", "ECONOMY"));
        assertThat(none.getStatus()).isEqualTo(404);

        DecisionsTestData.TestBody committee = data.body("COMMITTEE");
        Meeting future = data.meeting(committee, DecisionsTestData.today().plusDays(10));
        MockHttpServletResponse early = send(unassessed(decisionRequest(future)).param("title[sv]", "För tidigt"));
        assertThat(early.getStatus()).isEqualTo(409);
        assertThat(Jsoup.parse(early.getContentAsString()).text()).contains("har inte hållits ännu");
        assertThat(decisions.byMeeting(future.id())).isEmpty();
    }

    // ---- documents ---------------------------------------------------------------------------

    @Test
    void onlyPdfDocumentsAreAcceptedAndTheyAreServedAsDownloads() throws Exception {
        DecisionsTestData.TestBody committee = data.body("COMMITTEE");
        Meeting meeting = data.meeting(committee, DecisionsTestData.today().plusDays(10));
        MockMultipartFile text = new MockMultipartFile(
                "file", "kallelse.pdf", "application/pdf", "not a pdf".getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse refused = mvc.perform(multipart("/admin/sammantraden/" + meeting.id() + "/dokument")
                        .file(text)
                        .param("title", "Kallelse")
                        .with(TestStaff.as(registrar))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(415);
        assertThat(Jsoup.parse(refused.getContentAsString())
                        .select("#f-file-error")
                        .text())
                .contains("PDF");
        assertThat(meetings.documents(meeting.id())).isEmpty();

        MockMultipartFile pdf = new MockMultipartFile("file", "kallelse.pdf", "application/pdf", pdf());
        MockHttpServletResponse stored = mvc.perform(multipart("/admin/sammantraden/" + meeting.id() + "/dokument")
                        .file(pdf)
                        .param("title", "Kallelse")
                        .with(TestStaff.as(registrar))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(stored.getStatus()).isEqualTo(302);
        MeetingDocument doc = meetings.documents(meeting.id()).getFirst();
        MockHttpServletResponse served = mvc.perform(
                        get("/sv/sammantraden/" + meeting.id() + "/dokument/" + doc.fileId()))
                .andReturn()
                .getResponse();
        assertThat(served.getStatus()).isEqualTo(200);
        assertThat(served.getContentType()).isEqualTo("application/pdf");
        assertThat(served.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(mvc.perform(get("/sv/sammantraden/" + (meeting.id() + 100_000) + "/dokument/" + doc.fileId()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(audited("decisions.document.added", doc.id())).isOne();
    }

    // ---- registrars limited to some bodies ---------------------------------------------------

    @Test
    void aRegistrarLimitedToOtherBodiesIsRefusedWithALocalizedMessage() throws Exception {
        DecisionsTestData.TestBody mine = data.body("COMMITTEE");
        DecisionsTestData.TestBody other = data.body("COMMITTEE");
        jdbc.sql("INSERT INTO organisation_registrar_scope (staff_account_id, body_id) VALUES (:a, :b)")
                .param("a", registrar.id())
                .param("b", mine.id())
                .update();
        Meeting theirs = data.meeting(other, DecisionsTestData.today().plusDays(10));

        MockHttpServletResponse item =
                send(post("/admin/sammantraden/" + theirs.id() + "/arenden").param("title[sv]", "Intrång"));
        assertThat(item.getStatus()).isEqualTo(403);
        assertThat(Jsoup.parse(item.getContentAsString()).select("main").text())
                .contains("registrator för andra organ");
        assertThat(meetings.agenda(theirs.id())).isEmpty();

        MockHttpServletResponse planned = send(
                planRequest(other.slug(), DecisionsTestData.today().plusDays(30).toString(), "09:00", "10:00"));
        assertThat(planned.getStatus()).isEqualTo(403);
        assertThat(meetingsOf(other)).isOne();

        assertThat(send(planRequest(
                                mine.slug(),
                                DecisionsTestData.today().plusDays(30).toString(),
                                "09:00",
                                "10:00"))
                        .getStatus())
                .isEqualTo(302);
        // An administrator is never limited.
        PortalUser admin = new TestStaff(jdbc, encoder).create(Role.ADMINISTRATOR);
        assertThat(mvc.perform(post("/admin/sammantraden/" + theirs.id() + "/arenden")
                                .param("title[sv]", "Tillåtet")
                                .with(TestStaff.as(admin))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
    }

    @Test
    void cancellingAMeetingNeedsAReasonAndMarksItCancelled() throws Exception {
        DecisionsTestData.TestBody committee = data.body("COMMITTEE");
        Meeting meeting = data.meeting(committee, DecisionsTestData.today().plusDays(10));
        assertThat(send(post("/admin/sammantraden/" + meeting.id() + "/installt")
                                .param("reason", " "))
                        .getStatus())
                .isEqualTo(400);
        assertThat(meetings.find(meeting.id()).orElseThrow().cancelled()).isFalse();
        assertThat(send(post("/admin/sammantraden/" + meeting.id() + "/installt")
                                .param("reason", "Inga ärenden"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(meetings.find(meeting.id()).orElseThrow().cancelled()).isTrue();
        assertThat(audited("decisions.meeting.cancelled", meeting.id())).isOne();
    }

    // ---- helpers -----------------------------------------------------------------------------

    private String appealBanner(Meeting meeting) throws Exception {
        return Jsoup.parse(mvc.perform(get("/sv/sammantraden/" + meeting.id()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .select("[aria-labelledby=appeal-title]")
                .text();
    }

    private MockHttpServletRequestBuilder planRequest(String body, String date, String start, String end) {
        return post("/admin/sammantraden/ny")
                .param("body", body)
                .param("date", date)
                .param("startsAt", start)
                .param("endsAt", end)
                .param("place", "Kommunfullmäktigesalen");
    }

    private MockHttpServletRequestBuilder approval(Meeting meeting, String approvedOn, String names) {
        return post("/admin/sammantraden/" + meeting.id() + "/justering")
                .param("approvedOn", approvedOn)
                .param("approverNames", names);
    }

    private MockHttpServletRequestBuilder decisionRequest(Meeting meeting) {
        return post("/admin/sammantraden/" + meeting.id() + "/beslut/ny").param("category", "ECONOMY");
    }

    private static MockHttpServletRequestBuilder unassessed(MockHttpServletRequestBuilder request) {
        return request.param("text[sv]", "Beslutstext")
                .param("genderStatus", "MISSING")
                .param("healthStatus", "MISSING")
                .param("childStatus", "MISSING");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(TestStaff.as(registrar)).with(csrf()))
                .andReturn()
                .getResponse();
    }

    private long meetingsOf(DecisionsTestData.TestBody body) {
        return data.count("SELECT count(*) FROM decisions_meeting WHERE body_id = :id", body.id());
    }

    private long audited(String action, long entityId) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = :a AND entity_id = :id")
                .param("a", action)
                .param("id", String.valueOf(entityId))
                .query(Long.class)
                .single();
    }

    static byte[] pdf() throws Exception {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }
}
