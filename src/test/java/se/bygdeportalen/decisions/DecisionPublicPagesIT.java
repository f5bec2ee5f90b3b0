package se.bygdeportalen.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import se.bygdeportalen.decisions.internal.Assessment;
import se.bygdeportalen.decisions.internal.DecisionRepository;
import se.bygdeportalen.decisions.internal.Meeting;
import se.bygdeportalen.decisions.internal.MeetingRepository;
import se.bygdeportalen.platform.manifest.IndicatorDefinition;
import se.bygdeportalen.platform.manifest.IndicatorValue;
import se.bygdeportalen.platform.manifest.ModuleRegistry;
import se.bygdeportalen.test.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What residents see and download: search in Swedish and Finnish word forms, calendars, open data, statistics. */
@IntegrationTest
class DecisionPublicPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeetingRepository meetings;

    @Autowired
    DecisionRepository decisions;

    @Autowired
    ModuleRegistry modules;

    DecisionsTestData data;

    @BeforeEach
    void setUp() {
        data = new DecisionsTestData(jdbc, meetings, decisions);
    }

    @Test
    void theSearchFindsSwedishAndFinnishWordForms() throws Exception {
        String word = "Tornioälvsbro"
                + DecisionsTestData.unique()
                        .chars()
                        .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + (c - '0') : c)))
                        .collect(java.util.stream.Collectors.joining());
        DecisionsTestData.TestBody body = data.body("COMMITTEE");
        Meeting meeting = data.meeting(body, DecisionsTestData.today().minusDays(3));
        long preschool = data.decision(
                meeting,
                "Ny förskola i Juoksengi " + word,
                "Uusi esikoulu Juoksengiin " + word,
                "Förskolan öppnar i januari.",
                Assessment.Status.ASSESSED);
        long roads = data.decision(
                meeting,
                "Snöröjning av vägarna " + word,
                null,
                "Plogningen av enskilda vägar fortsätter.",
                Assessment.Status.MISSING);

        // Finnish inflected form (esikoulussa) of the word in the title (esikoulu / Juoksengiin), Swedish definite
        // plural of "väg".
        assertThat(hits("/fi/beslut", "q", "esikoulussa " + word)).containsExactly(preschool);
        assertThat(hits("/sv/beslut", "q", "vägar " + word)).containsExactly(roads);
        assertThat(hits("/sv/beslut", "q", "förskolorna " + word)).containsExactly(preschool);
        assertThat(hits("/sv/beslut", "q", word, "status", "MISSING", "assessment", "GENDER"))
                .containsExactly(roads);
        assertThat(hits(
                        "/sv/beslut",
                        "q",
                        word,
                        "body",
                        body.slug(),
                        "year",
                        String.valueOf(meeting.date().getYear())))
                .containsExactlyInAnyOrder(preschool, roads);
        assertThat(hits("/sv/beslut", "q", "finnsintenågonstans" + word)).isEmpty();
        // Nonsense filters and queries are ignored or find nothing, never an error.
        MockHttpServletResponse odd = mvc.perform(
                        get("/sv/beslut?q=%22%27%29%28%26%7C!&year=abc&category=NOPE&page=-4"))
                .andReturn()
                .getResponse();
        assertThat(odd.getStatus()).isEqualTo(200);
    }

    @Test
    void theCalendarHasStableUidsLocalTimesAndMarksCancelledMeetings() throws Exception {
        DecisionsTestData.TestBody body = data.body("COMMITTEE");
        Meeting held = data.meeting(body, DecisionsTestData.today().plusDays(4), "18:00", "20:30");
        Meeting cancelled = data.meeting(body, DecisionsTestData.today().plusDays(11));
        meetings.cancel(cancelled.id(), "Inga ärenden");

        MockHttpServletResponse response = mvc.perform(get("/sv/sammantraden/" + body.slug() + ".ics"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar");
        String ics = response.getContentAsString(StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(ics).contains("BEGIN:VTIMEZONE").contains("TZID:Europe/Stockholm");
        assertThat(ics).contains("UID:meeting-" + held.id() + "@");
        assertThat(ics)
                .contains("DTSTART;TZID=Europe/Stockholm:"
                        + held.date().toString().replace("-", "") + "T180000");
        assertThat(ics)
                .contains(
                        "DTEND;TZID=Europe/Stockholm:" + held.date().toString().replace("-", "") + "T203000");
        String cancelledEvent = ics.substring(ics.indexOf("UID:meeting-" + cancelled.id() + "@"));
        cancelledEvent = cancelledEvent.substring(0, cancelledEvent.indexOf("END:VEVENT"));
        assertThat(cancelledEvent).contains("STATUS:CANCELLED");

        String again = mvc.perform(get("/sv/sammantraden/" + body.slug() + ".ics"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("UID:meeting-" + held.id() + "@");
        assertThat(mvc.perform(get("/sv/sammantraden.ics"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("UID:meeting-" + held.id() + "@");
        assertThat(mvc.perform(get("/sv/sammantraden/finns-inte.ics"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theMeetingsPageOffersSubscriptions() throws Exception {
        DecisionsTestData.TestBody body = data.body("COMMITTEE");
        data.meeting(body, DecisionsTestData.today().plusDays(2));
        Document page = Jsoup.parse(
                mvc.perform(get("/en/sammantraden")).andReturn().getResponse().getContentAsString());
        assertThat(page.select("a[href^=webcal://][href$=/en/sammantraden.ics]"))
                .hasSize(1);
        assertThat(page.select("a[href=/en/sammantraden/" + body.slug() + ".ics]"))
                .hasSize(1);
        assertThat(page.select("main").text()).contains("Upcoming meetings");
    }

    @Test
    void theApiIsPagedFilterableAndOparlShaped() throws Exception {
        DecisionsTestData.TestBody body = data.body("COMMITTEE");
        Meeting meeting = data.meeting(body, DecisionsTestData.today().minusDays(2));
        data.item(meeting, "Bredband i Svanstein");
        for (int i = 0; i < 3; i++) {
            data.decision(meeting, "Beslut " + i, null, "Text", Assessment.Status.NOT_RELEVANT);
        }
        JsonNode list = json("/api/v1/decisions?organization=" + body.slug() + "&limit=2");
        assertThat(list.get("data")).hasSize(2);
        assertThat(list.get("pagination").get("totalElements").asLong()).isEqualTo(3);
        assertThat(list.get("pagination").get("totalPages").asInt()).isEqualTo(2);
        String next = list.get("links").get("next").asString();
        assertThat(next).contains("cursor=").contains("organization=" + body.slug());
        JsonNode second = json(next.substring(next.indexOf("/api/v1/")));
        assertThat(second.get("data")).hasSize(1);
        assertThat(second.get("links").get("next").isNull()).isTrue();
        assertThat(list.get("links").get("last").asString()).contains("page=2");
        assertThat(json("/api/v1/decisions?organization=" + body.slug() + "&limit=2&page=2")
                        .get("data")
                        .get(0)
                        .get("id"))
                .isEqualTo(second.get("data").get(0).get("id"));
        JsonNode first = list.get("data").get(0);
        assertThat(first.get("organization").get(0).asString()).isEqualTo(body.slug());
        assertThat(first.get("assessments").get("genderEquality").get("status").asString())
                .isEqualTo("NOT_RELEVANT");
        assertThat(first.get("reference").asString()).startsWith("§ ");

        JsonNode meetingList = json("/api/v1/meetings?organization=" + body.slug());
        assertThat(meetingList.get("data").get(0).get("type").asString())
                .isEqualTo("https://schema.oparl.org/1.1/Meeting");
        assertThat(meetingList.get("data").get(0).get("start").asString()).matches(".*T18:00\\+0[12]:00");
        JsonNode items = json("/api/v1/agenda-items?organization=" + body.slug());
        assertThat(items.get("data")
                        .get(0)
                        .get("consultation")
                        .get("paper")
                        .get("reference")
                        .asString())
                .startsWith("KS 2026/");
        assertThat(json("/api/v1/decisions?organization=finns-inte").get("data"))
                .isEmpty();
        assertThat(mvc.perform(get("/api/v1/decisions/987654321"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        String openApi =
                mvc.perform(get("/api/openapi.json")).andReturn().getResponse().getContentAsString();
        assertThat(openApi)
                .contains("/api/v1/meetings")
                .contains("/api/v1/agenda-items")
                .contains("/api/v1/decisions");
    }

    @Test
    void csvExportsCarryNoPersonalIdentityNumbersAndStatisticsSuppressSmallBodies() throws Exception {
        DecisionsTestData.TestBody big = data.body("COMMITTEE");
        DecisionsTestData.TestBody small = data.body("COMMITTEE");
        Meeting meeting = data.meeting(big, DecisionsTestData.today().minusDays(2));
        for (int i = 0; i < 6; i++) {
            data.decision(
                    meeting,
                    "Beslut " + i,
                    null,
                    "Text",
                    i < 3 ? Assessment.Status.ASSESSED : Assessment.Status.MISSING);
        }
        data.decision(
                data.meeting(small, DecisionsTestData.today().minusDays(2)),
                "Ensamt beslut",
                null,
                "Text",
                Assessment.Status.ASSESSED);

        MockHttpServletResponse csv =
                mvc.perform(get("/sv/beslut.csv")).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8))
                .startsWith("id,meeting_id,organization,year,paragraph");

        IndicatorDefinition gender = modules.indicators().stream()
                .filter(i -> i.id().equals("decisions.gender-considered"))
                .findFirst()
                .orElseThrow();
        List<IndicatorValue> values = gender.measure().values();
        IndicatorValue bigValue = values.stream()
                .filter(v -> v.breakdown().equals("body=" + big.slug()))
                .findFirst()
                .orElseThrow();
        assertThat(bigValue.value()).isEqualByComparingTo("50.0");
        assertThat(bigValue.base()).isEqualTo(6);
        assertThat(values.stream()
                        .filter(v -> v.breakdown().equals("body=" + small.slug()))
                        .findFirst()
                        .orElseThrow()
                        .suppressed())
                .isTrue();

        Document stats = Jsoup.parse(mvc.perform(get("/sv/beslut/statistik"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        String row =
                stats.select("table#andelar tr:contains(" + big.slug() + ")").text();
        assertThat(row).contains("50,0");
        assertThat(stats.select("table#andelar tr:contains(" + small.slug() + ")")
                        .text())
                .contains("–");
    }

    private List<Long> hits(String path, String... params) throws Exception {
        var request = get(path);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString());
        return page.select("main .card-heading a").stream()
                .map(a -> Long.parseLong(a.attr("href").replaceAll(".*/beslut/", "")))
                .toList();
    }

    private JsonNode json(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
