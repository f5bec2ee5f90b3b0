package se.bygdeportalen.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.bygdeportalen.test.IntegrationTest;

/** The shared search functions find Swedish and Finnish word forms and never break on odd input. */
@IntegrationTest
class TextSearchIT {

    @Autowired
    JdbcClient jdbc;

    private final List<String[]> documents = new ArrayList<>();

    // Documents live in a VALUES list of the one query, so no table (and no pooled-connection state) is needed.
    @BeforeEach
    void documents() {
        documents.clear();
        insert(1, "Belysning längs gångvägen", "Gatlamporna vid skolan är trasiga och barnen går i mörker.");
        insert(2, "Valaistus kävelytielle", "Koulun katuvalot ovat rikki ja lapset kulkevat pimeässä.");
        insert(3, "Budget 2027 och skattesats", "Kommunfullmäktige fastställer skattesatsen till 22,50 kronor.");
        insert(4, "Talousarvio ja veroprosentti", "Kunnanvaltuusto päättää talousarviosta ja veroprosentista.");
    }

    private void insert(int id, String title, String body) {
        documents.add(new String[] {String.valueOf(id), title, body});
    }

    private List<Integer> search(String raw) {
        String q = TextSearch.normalize(raw).orElseThrow();
        Map<String, Object> params = new HashMap<>();
        StringJoiner values = new StringJoiner(", ");
        for (int i = 0; i < documents.size(); i++) {
            values.add("(" + documents.get(i)[0] + ", search_document(:t" + i + ", :b" + i + "))");
            params.put("t" + i, documents.get(i)[1]);
            params.put("b" + i, documents.get(i)[2]);
        }
        params.put("q", q);
        return jdbc.sql("SELECT id FROM (VALUES " + values + ") AS d(id, doc) WHERE " + TextSearch.matches("doc", "q")
                        + " ORDER BY " + TextSearch.rank("doc", "q") + " DESC, id")
                .params(params)
                .query(Integer.class)
                .list();
    }

    @Test
    void swedishWordFormsMatch() {
        assertThat(search("gatlampa")).containsExactly(1);
        assertThat(search("skattesatser")).containsExactly(3);
        assertThat(search("gångväg belysningen")).containsExactly(1);
    }

    @Test
    void finnishWordFormsMatch() {
        assertThat(search("valaistusta")).containsExactly(2);
        assertThat(search("talousarvion")).containsExactly(4);
        assertThat(search("veroprosentin")).containsExactly(4);
        assertThat(search("koulu")).containsExactly(2);
    }

    @Test
    void namesAndNumbersMatchExactly() {
        assertThat(search("2027")).containsExactly(3);
    }

    @Test
    void titleHitsRankAboveBodyHits() {
        insert(5, "Skolans gatlampor", "Ett förslag.");
        assertThat(search("gatlampor")).startsWith(5);
    }

    @Test
    void stopWordsSyntaxAndNoiseFindNothingWithoutError() {
        assertThat(search("och")).isEmpty();
        assertThat(search("\"unclosed OR -  & | ! ( :*")).isEmpty();
        assertThat(search("zzqxj")).isEmpty();
    }

    @Test
    void normalizeTrimsAndBounds() {
        assertThat(TextSearch.normalize("   ")).isEmpty();
        assertThat(TextSearch.normalize(null)).isEmpty();
        assertThat(TextSearch.normalize("  a \n b\u0000c ")).contains("a b c");
        assertThat(TextSearch.normalize("x".repeat(500)).orElseThrow()).hasSize(TextSearch.MAX_QUERY_LENGTH);
    }
}
