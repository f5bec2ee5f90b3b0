package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import se.bygdeportalen.platform.PlatformProperties;
import se.bygdeportalen.test.IntegrationTest;

/** The Atom feed of new and answered proposals: valid, absolute links, only public proposals and fields. */
@IntegrationTest
class ProposalFeedIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformProperties properties;

    private final String tag =
            "f" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @Test
    void listsNewAndAnsweredProposalsWithAbsoluteLinksInTheFeedsLanguage() throws Exception {
        ProposalListTestData data = new ProposalListTestData(jdbc);
        // The class's database holds no other proposals published after this.
        OffsetDateTime now = ProposalListTestData.NOW.minusDays(1);
        data.proposal("Ny isbana " + tag).published(now.plusMinutes(1)).insert();
        data.proposal("Valaistus " + tag)
                .language("fi")
                .published(now.plusMinutes(2))
                .insert();
        data.proposal("Besvarad badplats " + tag)
                .published(now.minusDays(100))
                .answered(now.plusMinutes(3))
                .insert();
        data.proposal("Dold " + tag).hidden().published(now.plusMinutes(4)).insert();
        data.proposal("Inskickad " + tag).status("SUBMITTED").insert();

        MockHttpServletResponse response =
                mvc.perform(get("/fi/medborgarforslag.atom")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/atom+xml");
        String xml = response.getContentAsString(StandardCharsets.UTF_8);
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        String base = properties.baseUrl();
        assertThat(feed.getTitle()).isEqualTo("Kuntalaisaloitteet – Ylitornion kunta");
        // Newest event first: the answer, the two new ones, then the answered one's publication 100 days ago;
        // the hidden and the not yet published proposal are not in it.
        assertThat(feed.getEntries())
                .extracting(SyndEntry::getTitle)
                .containsExactly(
                        "Vastattu: Besvarad badplats " + tag,
                        "Valaistus " + tag,
                        "Ny isbana " + tag,
                        "Besvarad badplats " + tag);
        SyndEntry answered = feed.getEntries().get(0);
        assertThat(answered.getLink()).isEqualTo(base + "/fi/medborgarforslag/" + data.year + "-3");
        assertThat(answered.getUri()).isEqualTo(base + "/fi/medborgarforslag/" + data.year + "-3#svar");
        assertThat(answered.getDescription().getValue()).startsWith("Aloite hyväksyttiin.");
        assertThat(feed.getEntries())
                .allSatisfy(e -> assertThat(e.getLink()).startsWith(base + "/fi/medborgarforslag/"));

        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        assertThat(doc.select("feed > link[rel=alternate]").attr("href")).isEqualTo(base + "/fi/medborgarforslag");
        assertThat(doc.select("feed > link[rel=self]").attr("href")).isEqualTo(base + "/fi/medborgarforslag.atom");
        assertThat(doc.selectFirst("feed").attr("xml:lang")).isEqualTo("fi");
        assertThat(doc.select("entry").stream()
                        .filter(e -> e.selectFirst("title").text().equals("Ny isbana " + tag))
                        .findFirst()
                        .orElseThrow()
                        .attr("xml:lang"))
                .isEqualTo("sv");
        assertThat(xml)
                .doesNotContain(
                        ProposalListTestData.SECRET_EMAIL,
                        ProposalListTestData.SECRET_ADDRESS,
                        ProposalListTestData.SECRET_PHONE,
                        "Testa Testsson");
    }

    @Test
    void theListPageLinksTheFeed() throws Exception {
        String html = mvc.perform(get("/en/medborgarforslag"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).select("a[type=application/atom+xml]").attr("href"))
                .isEqualTo("/en/medborgarforslag.atom");
    }
}
