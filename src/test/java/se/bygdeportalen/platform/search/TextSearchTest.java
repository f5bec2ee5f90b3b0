package se.bygdeportalen.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bygdeportalen.test.IntegrationTest;

/** The shared search functions find Swedish and Finnish word forms and never break on odd input. */
@IntegrationTest
class TextSearchTest {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void documents() {
        jdbc.sql("CREATE TEMP TABLE IF NOT EXISTS search_probe (id int PRIMARY KEY, doc tsvector)").update();
        jdbc.sql("TRUNCATE search_probe").update();
        insert(1, "Belysning längs gångvägen", "Gatlamporna vid skolan är trasiga och barnen går i mörker.");
        insert(2, "Valaistus kävelytielle", "Koulun katuvalot ovat rikki ja lapset kulkevat pimeässä.");
        insert(3, "Budget 2027 och skattesats", "Kommunfullmäktige fastställer skattesatsen till 22,50 kronor.");
        insert(4, "Talousarvio ja veroprosentti", "Kunnanvaltuusto päättää talousarviosta ja veroprosentista.");
    }

    private void insert(int id, String title, String body) {
        jdbc.sql("INSERT INTO search_probe VALUES (:id, search_document(:t, :b))").param("id", id).param("t", title).param("b", body).update();
    }

    private List<Integer> search(String raw) {
        String q = TextSearch.normalize(raw).orElseThrow();
        return jdbc.sql("SELECT id FROM search_probe WHERE " + TextSearch.matches("doc", "q") + " ORDER BY " + TextSearch.rank("doc", "q") + " DESC, id")
                .param("q", q).query(Integer.class).list();
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
