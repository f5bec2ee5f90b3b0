package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.bygdeportalen.proposals.internal.ProposalListItem;
import se.bygdeportalen.proposals.internal.ProposalListRepository;
import se.bygdeportalen.test.IntegrationTest;

/** The start page shows the newest public proposals, each marked with the language it is written in. */
@IntegrationTest
class ProposalsTeaserIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProposalListRepository proposals;

    @Test
    void theNewestPublicProposalsAreOnTheStartPageInTheirOwnLanguage() throws Exception {
        ProposalListTestData data = new ProposalListTestData(jdbc);
        String title = "Uusi uimaranta Kuivakankaalle " + System.nanoTime();
        data.proposal(title)
                .language("fi")
                .supports(7)
                .published(ProposalListTestData.NOW)
                .insert();
        data.proposal("Dold " + title)
                .hidden()
                .published(ProposalListTestData.NOW)
                .insert();
        // Other tests share the database, so the expected items are the list's own four newest.
        List<ProposalListItem> newest = proposals.latest(4);

        Element section = Jsoup.parse(
                        mvc.perform(get("/sv/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .selectFirst("section[aria-labelledby=teaser-medborgarforslag]");
        assertThat(section).isNotNull();
        List<Element> links = section.select("li a");
        assertThat(links)
                .extracting(Element::text)
                .containsExactlyElementsOf(
                        newest.stream().map(ProposalListItem::title).toList());
        assertThat(links)
                .extracting(a -> a.attr("lang"))
                .containsExactlyElementsOf(newest.stream()
                        .map(p -> "sv".equals(p.language()) ? "" : p.language())
                        .toList());
        assertThat(links.getFirst().attr("href"))
                .isEqualTo("/sv/medborgarforslag/" + newest.getFirst().year() + "-"
                        + newest.getFirst().number());
        assertThat(section.select("li .meta").first().text())
                .endsWith(" · " + newest.getFirst().supportCount() + " stöder");
        assertThat(section.text()).doesNotContain("Dold ");
    }
}
