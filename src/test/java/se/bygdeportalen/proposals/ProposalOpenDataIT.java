package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import se.bygdeportalen.proposals.internal.ProposalExportRow;
import se.bygdeportalen.proposals.internal.ProposalOpenData;
import se.bygdeportalen.test.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CSV and JSON files: public proposals only, public fields only, the list's filters. */
@IntegrationTest
class ProposalOpenDataIT {

    /** Fields a proposal row may have; anything else (an e-mail, an address, a sex) is a leak. */
    static final List<String> PUBLIC_FIELDS = List.of(
            "caseNumber",
            "year",
            "number",
            "reference",
            "title",
            "text",
            "language",
            "status",
            "category",
            "village",
            "villageName",
            "proposerName",
            "submittedOn",
            "publishedOn",
            "referredOn",
            "referredBody",
            "referredBodyName",
            "deadline",
            "answeredOn",
            "decidedOn",
            "answerOutcome",
            "answerText",
            "supportCount",
            "url");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private final String tag =
            "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private ProposalListTestData data;

    @BeforeEach
    void proposals() {
        data = new ProposalListTestData(jdbc);
        data.proposal("=Formel " + tag)
                .body("Text, med komma och \"citat\".")
                .proposer("Aino Niemi")
                .village("aapua")
                .category("vagar-och-trafik")
                .demographics("FEMALE", "65+")
                .insert();
        data.proposal("Besvarat " + tag)
                .status("ANSWERED")
                .proposer("Lars Hietala")
                .insert();
        data.proposal("Dolt " + tag).hidden().insert();
        data.proposal("Inskickat " + tag).status("SUBMITTED").insert();
    }

    @Test
    void theCsvHasPublicColumnsOnlyAndOnlyPublicProposals() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get("/sv/medborgarforslag.csv").param("year", Integer.toString(data.year)))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("medborgarforslag.csv");
        String csv = response.getContentAsString(StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", ProposalExportRow.CSV_HEADER));
        assertThat(lines).hasSize(3);
        assertThat(csv)
                .contains(
                        "'=Formel " + tag,
                        "\"Text, med komma och \"\"citat\"\".\"",
                        "Aino Niemi",
                        "Lars Hietala",
                        "KS " + data.year + "/1",
                        "vagar-och-trafik",
                        "aapua",
                        "Kommunstyrelsen beslutade att bifalla förslaget.");
        assertThat(csv)
                .doesNotContain(
                        "Dolt " + tag,
                        "Inskickat " + tag,
                        ProposalListTestData.SECRET_EMAIL,
                        ProposalListTestData.SECRET_ADDRESS,
                        ProposalListTestData.SECRET_PHONE,
                        "FEMALE",
                        "65+",
                        "Personuppgifter");
    }

    @Test
    void theJsonFileHasThePublicFieldsOfEachPublicProposal() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get("/fit/medborgarforslag.json").param("year", Integer.toString(data.year)))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        JsonNode rows = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(rows.isArray()).isTrue();
        assertThat(rows.size()).isEqualTo(2);
        for (JsonNode row : rows) {
            assertThat(row.propertyNames()).containsExactlyInAnyOrderElementsOf(PUBLIC_FIELDS);
        }
        JsonNode answered = rows.get(0);
        assertThat(answered.get("title").asString()).isEqualTo("Besvarat " + tag);
        assertThat(answered.get("answerOutcome").asString()).isEqualTo("APPROVED");
        assertThat(answered.get("referredBody").asString()).isEqualTo("kommunstyrelsen");
        assertThat(answered.get("deadline").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(answered.get("url").asString()).endsWith("/sv/medborgarforslag/" + data.year + "-2");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(
                        ProposalListTestData.SECRET_EMAIL,
                        ProposalListTestData.SECRET_ADDRESS,
                        ProposalListTestData.SECRET_PHONE,
                        "FEMALE");
    }

    @Test
    void filtersApplyToTheFilesToo() throws Exception {
        String csv = mvc.perform(get("/en/medborgarforslag.csv")
                        .param("year", Integer.toString(data.year))
                        .param("status", "ANSWERED"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).contains("Besvarat " + tag).doesNotContain("Formel " + tag);
    }

    @Test
    void theManifestDeclaresTheDatasets() {
        ProposalOpenData openData = new ProposalOpenData();
        assertThat(openData.exports())
                .singleElement()
                .satisfies(e -> assertThat(e.formats())
                        .extracting(f -> f.path())
                        .containsExactly(
                                "/medborgarforslag.csv",
                                "/medborgarforslag.json",
                                "/medborgarforslag.atom",
                                "/api/v1/proposals"));
        assertThat(openData.searchable()).extracting(s -> s.kind()).containsExactly("proposal");
    }
}
