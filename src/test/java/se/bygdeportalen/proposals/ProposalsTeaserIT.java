package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static se.bygdeportalen.proposals.ProposalListTestData.NOW;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.bygdeportalen.test.IntegrationTest;

/** The start page shows the newest public proposals, each marked with the language it is written in. */
@IntegrationTest
class ProposalsTeaserIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFourNewestPublicProposalsAreOnTheStartPageInTheirOwnLanguage() throws Exception {
        // The class's database has no other proposals: these six are all there is.
        ProposalListTestData data = new ProposalListTestData(jdbc);
        data.proposal("Äldst: fler bänkar").published(NOW.minusDays(9)).insert();
        data.proposal("Skidspår till Juoksengi").published(NOW.minusDays(4)).insert();
        data.proposal("Uusi uimaranta Kuivakankaalle")
                .language("fi")
                .supports(7)
                .published(NOW.minusDays(1))
                .insert();
        data.proposal("Uuđet pyöräpolut")
                .language("fit")
                .published(NOW.minusDays(2))
                .insert();
        data.proposal("Bus shelter in Aapua")
                .language("en")
                .published(NOW.minusDays(3))
                .insert();
        data.proposal("Dold: nyast men dold")
                .hidden()
                .published(NOW.minusHours(1))
                .insert();
        data.proposal("Inskickat, inte publicerat").status("SUBMITTED").insert();

        Element section = Jsoup.parse(
                        mvc.perform(get("/sv/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .selectFirst("section[aria-labelledby=teaser-medborgarforslag]");
        assertThat(section).isNotNull();
        List<Element> links = section.select("li a");
        assertThat(links)
                .extracting(Element::text)
                .containsExactly(
                        "Uusi uimaranta Kuivakankaalle",
                        "Uuđet pyöräpolut",
                        "Bus shelter in Aapua",
                        "Skidspår till Juoksengi");
        // Swedish is the page's language; the others are marked for screen readers and translation.
        assertThat(links).extracting(a -> a.attr("lang")).containsExactly("fi", "fit", "en", "");
        long newest = jdbc.sql("SELECT case_seq FROM proposal WHERE title = 'Uusi uimaranta Kuivakankaalle'")
                .query(Long.class)
                .single();
        assertThat(links.getFirst().attr("href")).isEqualTo("/sv/medborgarforslag/" + data.year + "-" + newest);
        assertThat(section.select("li .meta").first().text()).endsWith(" · 7 stöder");
    }
}
