package se.bygdeportalen.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import se.bygdeportalen.decisions.internal.DecisionRepository;
import se.bygdeportalen.decisions.internal.MeetingRepository;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.test.IntegrationTest;

/**
 * Every meeting calendar the site links to (all bodies and each body, in every language) is valid
 * iCalendar as ical4j reads it, with exactly one DTSTAMP per event and no line over 75 octets, also
 * when a meeting's place and link are long and not ASCII.
 */
@IntegrationTest
class MeetingCalendarFeedsIT {

    private static final String PLACE =
            "Kommunhuset i Övertorneå, sammanträdesrummet Älvdalen på våning två, ingång från Torneåvägen";
    private static final String LINK =
            "https://möte.example.se/rum/kommunstyrelsens-sammanträde-öppet-för-allmänheten?lösenord=åäö";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeetingRepository meetings;

    @Autowired
    DecisionRepository decisions;

    DecisionsTestData data;

    @BeforeEach
    void setUp() {
        data = new DecisionsTestData(jdbc, meetings, decisions);
    }

    @Test
    void everyServedCalendarParsesWithOneStampPerEventAndShortLines() throws Exception {
        DecisionsTestData.TestBody body = data.body("COMMITTEE");
        long held = meetings.insert(
                body.id(),
                body.slug(),
                body.kind(),
                DecisionsTestData.today().plusDays(3),
                LocalTime.of(18, 0),
                LocalTime.of(20, 30),
                PLACE,
                LINK);
        long cancelled = meetings.insert(
                body.id(),
                body.slug(),
                body.kind(),
                DecisionsTestData.today().plusDays(10),
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                PLACE,
                null);
        meetings.cancel(cancelled, "Inga ärenden");

        Set<String> feeds = new TreeSet<>();
        for (Lang lang : Lang.all()) {
            feeds.addAll(icsLinks("/" + lang.code() + "/sammantraden"));
            feeds.addAll(icsLinks("/" + lang.code() + "/sammantraden/" + held));
        }
        for (Lang lang : Lang.all()) {
            assertThat(feeds)
                    .contains(
                            "/" + lang.code() + "/sammantraden.ics",
                            "/" + lang.code() + "/sammantraden/" + body.slug() + ".ics");
        }

        for (String feed : feeds) {
            MockHttpServletResponse response =
                    mvc.perform(get(feed)).andReturn().getResponse();
            assertThat(response.getStatus()).as(feed).isEqualTo(200);
            assertThat(response.getContentType()).as(feed).startsWith("text/calendar");
            byte[] bytes = response.getContentAsByteArray();
            String text = new String(bytes, StandardCharsets.UTF_8);
            Calendar calendar = new CalendarBuilder().build(new StringReader(text));
            List<VEvent> events = calendar.getComponents("VEVENT");
            for (VEvent event : events) {
                String uid = event.getProperty("UID").map(Property::getValue).orElseThrow();
                assertThat(event.getProperties("DTSTAMP")).as(feed + " " + uid).hasSize(1);
                assertThat(event.getProperties("UID")).as(feed + " " + uid).hasSize(1);
            }
            assertThat(text).as(feed + " ends its last line with CRLF").endsWith("\r\n");
            for (String line : text.split("\r\n")) {
                assertThat(line).as(feed + ": a bare line feed").doesNotContain("\n");
                assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                        .as(feed + ": octets in line " + line)
                        .isLessThanOrEqualTo(75);
            }
            if (feed.endsWith("/sammantraden.ics") || feed.endsWith("/" + body.slug() + ".ics")) {
                VEvent ours = events.stream()
                        .filter(e -> e.getProperty("UID")
                                .map(Property::getValue)
                                .orElseThrow()
                                .startsWith("meeting-" + held + "@"))
                        .findFirst()
                        .orElseThrow();
                // Folded on character boundaries: the long, non-ASCII texts come back whole.
                assertThat(ours.getProperty("LOCATION").map(Property::getValue).orElseThrow())
                        .isEqualTo(PLACE);
                assertThat(ours.getProperty("DESCRIPTION")
                                .map(Property::getValue)
                                .orElseThrow())
                        .endsWith("/sammantraden/" + held + "\n" + LINK);
                assertThat(ours.getProperty("STATUS").map(Property::getValue).orElseThrow())
                        .isEqualTo("CONFIRMED");
                VEvent off = events.stream()
                        .filter(e -> e.getProperty("UID")
                                .map(Property::getValue)
                                .orElseThrow()
                                .startsWith("meeting-" + cancelled + "@"))
                        .findFirst()
                        .orElseThrow();
                assertThat(off.getProperty("STATUS").map(Property::getValue).orElseThrow())
                        .isEqualTo("CANCELLED");
            }
        }
    }

    /** The site-relative {@code .ics} links on a page (the webcal:// links name the same feeds). */
    private Set<String> icsLinks(String page) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(page)).andReturn().getResponse();
        assertThat(response.getStatus()).as(page).isEqualTo(200);
        Set<String> links = new TreeSet<>();
        Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8))
                .select("a[href$=.ics]")
                .forEach(a -> {
                    String href = a.attr("href");
                    links.add(
                            href.startsWith("webcal://")
                                    ? href.substring(href.indexOf('/', "webcal://".length()))
                                    : href);
                });
        return links;
    }
}
