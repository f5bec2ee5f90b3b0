package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.bygdeportalen.proposals.internal.ProposalSearch;
import se.bygdeportalen.test.IntegrationTest;

/**
 * Search finds proposals by Swedish and Finnish word forms, as PostgreSQL's stemmers and the prefix
 * match allow; the limits are pinned here too, so a change in behaviour is noticed.
 */
@IntegrationTest
class ProposalSearchIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private ProposalListTestData data;
    private final String tag =
            "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @BeforeEach
    void proposals() {
        data = new ProposalListTestData(jdbc);
        data.proposal("Valaistus Aapuan kävelytielle " + tag)
                .language("fi")
                .body("Kävelytie koulun ja kaupan välillä on talvella pimeä. Ehdotan katuvaloja.")
                .insert();
        data.proposal("Gatlampa vid busshållplatsen " + tag)
                .body("Det är mörkt vid hållplatsen på morgonen när barnen väntar på skolbussen.")
                .insert();
        data.proposal("Kyltit meänkielelä " + tag)
                .language("fit")
                .body("Kylän kyltit pitäis olla meänkielelä kans. Uimarannale tarvithaan kyltti.")
                .insert();
        data.proposal("Längre öppettider på biblioteket " + tag)
                .body("Biblioteket borde vara öppet på lördagar.")
                .status("ANSWERED")
                .insert();
        data.proposal("Dold gatlampa " + tag).hidden().insert();
    }

    @Test
    void finnishInflectedFormsFindTheBaseForm() throws Exception {
        assertThat(search("valaistusta")).containsExactly("Valaistus Aapuan kävelytielle " + tag);
        assertThat(search("katuvalot")).containsExactly("Valaistus Aapuan kävelytielle " + tag);
        assertThat(search("kävelytie")).containsExactly("Valaistus Aapuan kävelytielle " + tag);
    }

    @Test
    void swedishInflectedFormsFindTheBaseForm() throws Exception {
        assertThat(search("gatlampor")).containsExactly("Gatlampa vid busshållplatsen " + tag);
        assertThat(search("gatlamporna")).containsExactly("Gatlampa vid busshållplatsen " + tag);
        assertThat(search("busshållplatser")).containsExactly("Gatlampa vid busshållplatsen " + tag);
        assertThat(search("bibliotekets öppettid")).containsExactly("Längre öppettider på biblioteket " + tag);
    }

    @Test
    void meankieliTextIsFoundWithTheFinnishStemmerAndPrefixes() throws Exception {
        assertThat(search("kylttejä")).as("Finnish plural partitive of kyltti").isEmpty();
        assertThat(search("kyltti")).containsExactly("Kyltit meänkielelä " + tag);
        assertThat(search("meänkieli")).containsExactly("Kyltit meänkielelä " + tag);
    }

    @Test
    void everyWordMustMatchAndHiddenProposalsAreNeverFound() throws Exception {
        assertThat(search("gatlampa biblioteket")).isEmpty();
        assertThat(search("dold")).isEmpty();
    }

    @Test
    void documentedLimitsOfTheStemmers() throws Exception {
        // Finnish consonant gradation inside a stem is not undone: "bussikatoksen" does not find "bussikatos".
        data.proposal("Bussikatos Svansteiniin " + tag).language("fi").insert();
        assertThat(search("bussikatos")).containsExactly("Bussikatos Svansteiniin " + tag);
        assertThat(search("bussikatoksen")).isEmpty();
        // Nor is the -ks- of the genitive: "valaistuksen" (stem valaistuks) does not find "valaistus".
        assertThat(search("valaistuksen")).isEmpty();
    }

    @Test
    void theSearchWordsAreKeptInTheFormAndRanked() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/sv/medborgarforslag?year=" + data.year + "&q=gatlampor"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("input[name=q]").attr("value")).isEqualTo("gatlampor");
        assertThat(page.select("select[name=sort] option[selected]").attr("value"))
                .isEqualTo("relevance");
        assertThat(page.select("h2#results").text()).isEqualTo("1 förslag hittades för ”gatlampor”");
    }

    @Test
    void blankQueriesAreNoSearch() {
        assertThat(ProposalSearch.of("   ")).isEmpty();
        assertThat(ProposalSearch.of(" gatlampor ").orElseThrow().text()).isEqualTo("gatlampor");
    }

    @Test
    void queriesWithOperatorCharactersAreSafe() throws Exception {
        for (String q :
                List.of("') & !x | y:* <-> (z", "\"gatlampa", "-gatlampa", "gatlampa OR valaistus", "\\", "%_")) {
            assertThat(mvc.perform(get("/sv/medborgarforslag").param("q", q))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(q)
                    .isEqualTo(200);
        }
        assertThat(search("gatlampa OR valaistus")).hasSize(2);
    }

    private List<String> search(String q) throws Exception {
        String html = mvc.perform(get("/sv/medborgarforslag")
                        .param("year", Integer.toString(data.year))
                        .param("q", q))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return ProposalListPageIT.titles(Jsoup.parse(html));
    }
}
