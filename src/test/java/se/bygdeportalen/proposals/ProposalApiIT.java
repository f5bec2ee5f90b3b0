package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import se.bygdeportalen.proposals.web.ProposalsApi;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.SessionCookies;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** /api/v1/proposals: filters, paging, one proposal by reference, 404s, public fields only, documented in OpenAPI. */
@IntegrationTest
class ProposalApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private final String tag =
            "a" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private ProposalListTestData data;

    @BeforeEach
    void proposals() {
        data = new ProposalListTestData(jdbc);
    }

    @Test
    void listsPublicProposalsPageByPageWithTheTotal() throws Exception {
        data.bulk(25, "Api " + tag);
        data.proposal("Dolt " + tag).hidden().insert();

        JsonNode first = read("/api/v1/proposals?year=" + data.year + "&size=10");
        JsonNode third = read("/api/v1/proposals?year=" + data.year + "&size=10&page=3");

        assertThat(first.get("total").asLong()).isEqualTo(25);
        assertThat(first.get("totalPages").asLong()).isEqualTo(3);
        assertThat(first.get("items").size()).isEqualTo(10);
        assertThat(first.get("items").get(0).get("title").asString()).isEqualTo("Api " + tag + " 1");
        assertThat(third.get("items").size()).isEqualTo(5);
        assertThat(third.get("page").asInt()).isEqualTo(3);
        for (JsonNode row : first.get("items")) {
            assertThat(row.propertyNames()).containsExactlyInAnyOrderElementsOf(ProposalOpenDataIT.PUBLIC_FIELDS);
        }
        assertThat(read("/api/v1/proposals?year=" + data.year + "&size=1000")
                        .get("size")
                        .asInt())
                .isEqualTo(ProposalsApi.MAX_SIZE);
        assertThat(read("/api/v1/proposals?year=" + data.year + "&status=ANSWERED")
                        .get("total")
                        .asLong())
                .isEqualTo(8);
    }

    @Test
    void returnsOneProposalByItsReference() throws Exception {
        data.proposal("Badplats i Svanstein " + tag)
                .status("ANSWERED")
                .proposer("Fatima Yusuf")
                .insert();
        data.proposal("Dolt " + tag).hidden().insert();
        data.proposal("Inskickat " + tag).status("SUBMITTED").insert();

        MockHttpServletResponse response = mvc.perform(get("/api/v1/proposals/" + data.year + "-1"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(SessionCookies.header(response)).isEmpty();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        JsonNode proposal = json.readTree(body);
        assertThat(proposal.get("title").asString()).isEqualTo("Badplats i Svanstein " + tag);
        assertThat(proposal.get("proposerName").asString()).isEqualTo("Fatima Yusuf");
        assertThat(proposal.get("caseNumber").asString()).isEqualTo("KS " + data.year + "/1");
        assertThat(body)
                .doesNotContain(
                        ProposalListTestData.SECRET_EMAIL,
                        ProposalListTestData.SECRET_ADDRESS,
                        ProposalListTestData.SECRET_PHONE);

        assertThat(status("/api/v1/proposals/" + data.year + "-2")).as("hidden").isEqualTo(404);
        assertThat(status("/api/v1/proposals/" + data.year + "-3"))
                .as("not published")
                .isEqualTo(404);
        assertThat(status("/api/v1/proposals/" + data.year + "-999")).isEqualTo(404);
        assertThat(status("/api/v1/proposals/nonsense")).isEqualTo(404);
        assertThat(read404("/api/v1/proposals/nonsense").get("message").asString())
                .contains("year-number");
    }

    @Test
    void badParametersGiveAListNotAnError() throws Exception {
        for (String q : new String[] {"page=x", "size=-1", "size=abc", "year=20x6", "status=NOPE", "q=%27%3B--"}) {
            assertThat(status("/api/v1/proposals?" + q)).as(q).isEqualTo(200);
        }
    }

    @Test
    void theOpenApiDescriptionShowsTheProposalPaths() throws Exception {
        JsonNode api = read("/api/openapi.json");
        assertThat(api.get("paths").has("/api/v1/proposals")).isTrue();
        assertThat(api.get("paths").has("/api/v1/proposals/{reference}")).isTrue();
        JsonNode schema = api.get("components").get("schemas").get("Proposal");
        assertThat(schema).isNotNull();
        assertThat(schema.get("properties").propertyNames())
                .containsExactlyInAnyOrderElementsOf(ProposalOpenDataIT.PUBLIC_FIELDS);
        assertThat(api.get("paths")
                        .get("/api/v1/proposals")
                        .get("get")
                        .get("parameters")
                        .findValuesAsString("name"))
                .contains("q", "status", "category", "year", "village", "page", "size");
    }

    private JsonNode read(String path) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(java.net.URI.create(path))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode read404(String path) throws Exception {
        return json.readTree(mvc.perform(get(java.net.URI.create(path)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private int status(String path) throws Exception {
        return mvc.perform(get(java.net.URI.create(path)))
                .andReturn()
                .getResponse()
                .getStatus();
    }
}
