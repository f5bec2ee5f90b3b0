package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * statements for 10,000 proposals (with 50,000 supports) as for 10, on the first page, a page
 * reached by twenty next links, an old page number and the way back.
 */
@IntegrationTest
class ProposalListQueryCountIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    record Counted(int statements, String body) {}

    @Test
    void theListAndItsSearchRunAFixedNumberOfStatementsForTenAndForTenThousandProposals() {
        ProposalListTestData few = new ProposalListTestData(jdbc);
        few.bulk(10, "Räknat");
        ProposalListTestData many = new ProposalListTestData(jdbc);
        many.bulk(10_000, "Räknat");
        String fewUrl = "/sv/medborgarforslag?year=" + few.year;
        String manyUrl = "/sv/medborgarforslag?year=" + many.year;
        count(fewUrl);

        Counted withTen = count(fewUrl);
        Counted withTenThousand = count(manyUrl);
        Counted oldPageNumber = count(manyUrl + "&page=50");
        Counted second = count(nextLink(withTenThousand));
        Counted deep = deep(manyUrl, 20);
        Counted back = count(html(deep).select("nav.pagination a[rel=prev]").attr("href"));
        Counted supports = count(manyUrl + "&sort=supports");
        Counted supportsNext = count(nextLink(supports));
        Counted searchTen = count(fewUrl + "&q=r%C3%A4knat&village=aapua&status=REFERRED");
        Counted searchTenThousand = count(manyUrl + "&q=r%C3%A4knat&village=aapua&status=REFERRED");
        Counted searchByDate = count(manyUrl + "&q=r%C3%A4knat&sort=newest");
        Counted searchNext = count(nextLink(searchTenThousand));

        assertThat(ProposalListPageIT.titles(html(withTen))).hasSize(10);
        assertThat(ProposalListPageIT.titles(html(withTenThousand))).hasSize(ProposalListPages.PAGE_SIZE);
        assertThat(ProposalListPageIT.titles(html(oldPageNumber))).hasSize(ProposalListPages.PAGE_SIZE);
        assertThat(ProposalListPageIT.titles(html(deep))).hasSize(ProposalListPages.PAGE_SIZE);
        assertThat(html(withTenThousand).select("h2#results").text()).matches("fler än 1\\D?000 förslag");
        assertThat(withTen.statements())
                .as("the counter sees the page's queries")
                .isPositive();
        for (Counted page : List.of(withTenThousand, oldPageNumber, second, deep, back, supports, supportsNext)) {
            assertThat(page.statements())
                    .as("statements with 10,000 proposals, on any page and in any order, vs 10")
                    .isEqualTo(withTen.statements());
        }
        assertThat(ProposalListPageIT.titles(html(searchTenThousand))).hasSize(ProposalListPages.PAGE_SIZE);
        for (Counted page : List.of(searchTenThousand, searchByDate, searchNext)) {
            assertThat(page.statements()).as("search with 10,000 vs 10").isEqualTo(searchTen.statements());
        }
    }

    /** Follows the next link {@code pages} times from {@code url}. */
    private Counted deep(String url, int pages) {
        Counted page = count(url);
        for (int i = 0; i < pages; i++) {
            page = count(nextLink(page));
        }
        return page;
    }

    private static String nextLink(Counted page) {
        String href = html(page).select("nav.pagination a[rel=next]").attr("href");
        assertThat(href).as("a next link").contains("after=");
        return href;
    }

    @Test
    void feedApiAndStatisticsRunAFixedNumberOfStatements() {
        ProposalListTestData data = new ProposalListTestData(jdbc);
        data.bulk(10, "Flöde");
        for (String path : new String[] {
            "/sv/medborgarforslag.atom",
            "/api/v1/proposals?year=" + data.year,
            "/api/v1/proposals?year=" + data.year + "&size=5&page=2",
            "/sv/medborgarforslag/statistik",
            "/sv/medborgarforslag/sa-fungerar-det",
            "/sv/medborgarforslag.csv?year=" + data.year,
            "/sv/medborgarforslag.json?year=" + data.year
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
