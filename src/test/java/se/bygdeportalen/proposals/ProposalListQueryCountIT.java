package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import se.bygdeportalen.proposals.web.ProposalListPages;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.QueryCounter;

/**
 * The list, its search, the feed, the exports' API page and the statistics run as many SQL
 * statements for 1,000 proposals (with 5,000 supports) as for 10.
 */
@IntegrationTest
class ProposalListQueryCountIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    record Counted(int statements, String body) {}

    @Test
    void theListAndItsSearchRunAFixedNumberOfStatementsForTenAndForAThousandProposals() {
        ProposalListTestData few = new ProposalListTestData(jdbc);
        few.bulk(10, "Räknat");
        ProposalListTestData many = new ProposalListTestData(jdbc);
        many.bulk(1_000, "Räknat");
        String fewUrl = "/sv/medborgarforslag?year=" + few.year;
        String manyUrl = "/sv/medborgarforslag?year=" + many.year;
        count(fewUrl);

        Counted withTen = count(fewUrl);
        Counted withThousand = count(manyUrl);
        Counted lastPage = count(manyUrl + "&page=50");
        Counted searchTen = count(fewUrl + "&q=r%C3%A4knat&village=aapua&status=REFERRED");
        Counted searchThousand = count(manyUrl + "&q=r%C3%A4knat&village=aapua&status=REFERRED");

        assertThat(ProposalListPageIT.titles(html(withTen))).hasSize(10);
        assertThat(ProposalListPageIT.titles(html(withThousand))).hasSize(ProposalListPages.PAGE_SIZE);
        assertThat(ProposalListPageIT.titles(html(lastPage))).hasSize(ProposalListPages.PAGE_SIZE);
        assertThat(html(withThousand).select("h2#results").text()).matches("1\\D?000 förslag");
        assertThat(withTen.statements())
                .as("the counter sees the page's queries")
                .isPositive();
        assertThat(withThousand.statements())
                .as("statements with 1,000 proposals vs 10")
                .isEqualTo(withTen.statements());
        assertThat(lastPage.statements()).as("statements on the last page").isEqualTo(withTen.statements());
        assertThat(ProposalListPageIT.titles(html(searchThousand))).hasSize(ProposalListPages.PAGE_SIZE);
        assertThat(searchThousand.statements()).as("search with 1,000 vs 10").isEqualTo(searchTen.statements());
    }

    @Test
    void feedApiAndStatisticsRunAFixedNumberOfStatements() {
        ProposalListTestData data = new ProposalListTestData(jdbc);
        data.bulk(10, "Flöde");
        for (String path : new String[] {
            "/sv/medborgarforslag.atom",
            "/api/v1/proposals?year=" + data.year,
            "/sv/medborgarforslag/statistik",
            "/sv/medborgarforslag/sa-fungerar-det"
        }) {
            count(path);
            int before = count(path).statements();
            data.bulk(100, "Flöde");
            int after = count(path).statements();
            assertThat(before).as(path).isPositive();
            assertThat(after).as(path + " with 100 more proposals").isEqualTo(before);
        }
    }

    private Counted count(String path) {
        AtomicReference<String> body = new AtomicReference<>();
        int statements = QueryCounter.count(() -> body.set(open(path)));
        return new Counted(statements, body.get());
    }

    private static Document html(Counted counted) {
        return Jsoup.parse(counted.body());
    }

    private String open(String path) {
        try {
            MockHttpServletResponse response =
                    mvc.perform(get(java.net.URI.create(path))).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            return response.getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
