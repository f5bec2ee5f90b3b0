package se.bygdeportalen.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.bygdeportalen.decisions.internal.DecisionRepository;
import se.bygdeportalen.decisions.internal.Meeting;
import se.bygdeportalen.decisions.internal.MeetingRepository;
import se.bygdeportalen.test.IntegrationTest;

/** The start page shows the next meetings, soonest first, each linking to its page. */
@IntegrationTest
class StartPageTeaserIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeetingRepository meetings;

    @Autowired
    DecisionRepository decisions;

    @Test
    void upcomingMeetingsAreOnTheStartPage() throws Exception {
        DecisionsTestData data = new DecisionsTestData(jdbc, meetings, decisions);
        DecisionsTestData.TestBody body = data.body("COMMITTEE");
        data.meeting(body, DecisionsTestData.today().plusDays(1));
        Meeting soonest = meetings.upcoming(DecisionsTestData.today(), null, 20).stream()
                .filter(m -> !m.cancelled())
                .findFirst()
                .orElseThrow();

        Document page = Jsoup.parse(
                mvc.perform(get("/fi/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        var section = page.selectFirst("section#teaser-sammantraden, section[aria-labelledby=teaser-sammantraden]");
        assertThat(section).isNotNull();
        assertThat(section.selectFirst("h2").text()).isEqualTo("Tulevat kokoukset");
        assertThat(section.select("li")).hasSizeBetween(1, 4);
        assertThat(section.selectFirst("li a").attr("href")).isEqualTo("/fi/sammantraden/" + soonest.id());
        assertThat(section.select("p a").last().attr("href")).isEqualTo("/fi/sammantraden");
    }
}
