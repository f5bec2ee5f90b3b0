package se.bygdeportalen.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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

/** The start page shows the next four meetings that will be held, soonest first, each linking to its page. */
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
    void theNextFourHeldMeetingsAreOnTheStartPageSoonestFirst() throws Exception {
        // The class's database has no other meetings: these are all there is.
        DecisionsTestData data = new DecisionsTestData(jdbc, meetings, decisions);
        DecisionsTestData.TestBody body = data.body("COMMITTEE");
        LocalDate today = DecisionsTestData.today();
        data.meeting(body, today.minusDays(1));
        Meeting first = data.meeting(body, today.plusDays(1));
        Meeting cancelled = data.meeting(body, today.plusDays(3));
        meetings.cancel(cancelled.id(), "Inga ärenden");
        Meeting second = data.meeting(body, today.plusDays(5));
        Meeting fourth = data.meeting(body, today.plusDays(12));
        Meeting third = data.meeting(body, today.plusDays(8));
        data.meeting(body, today.plusDays(20));

        Document page = Jsoup.parse(
                mvc.perform(get("/fi/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        var section = page.selectFirst("section[aria-labelledby=teaser-sammantraden]");
        assertThat(section).isNotNull();
        assertThat(section.selectFirst("h2").text()).isEqualTo("Tulevat kokoukset");
        assertThat(section.select("li a"))
                .extracting(a -> a.attr("href"))
                .containsExactly(
                        "/fi/sammantraden/" + first.id(),
                        "/fi/sammantraden/" + second.id(),
                        "/fi/sammantraden/" + third.id(),
                        "/fi/sammantraden/" + fourth.id());
        assertThat(section.select("li a")).extracting(a -> a.text()).containsOnly("Testilautakunta " + body.slug());
        assertThat(section.select("p a").last().attr("href")).isEqualTo("/fi/sammantraden");
    }
}
