package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.bygdeportalen.test.IntegrationTest;

/** The start page shows the newest public proposal first, marked with the language it is written in. */
@IntegrationTest
class ProposalsTeaserTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void newestPublicProposalLeadsTheTeaserWithItsOwnLanguage() throws Exception {
        ProposalListTestData data = new ProposalListTestData(jdbc);
        String title = "Uusi uimaranta Kuivakankaalle " + System.nanoTime();
        data.proposal(title).language("fi").supports(7).published(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1)).insert();
        data.proposal("Dold " + title).hidden().published(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(2)).insert();

        Element section = Jsoup.parse(mvc.perform(get("/sv/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .selectFirst("section[aria-labelledby=teaser-medborgarforslag]");
        assertThat(section).isNotNull();
        Element first = section.selectFirst("li a");
        assertThat(first.text()).isEqualTo(title);
        assertThat(first.attr("lang")).isEqualTo("fi");
        assertThat(section.selectFirst("li .meta").text()).isEqualTo("Publicerat · 7 stöder");
        assertThat(section.text()).doesNotContain("Dold ");
    }
}
