package se.bygdeportalen.decisions.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.manifest.SearchableContent;

/**
 * Decisions for the site search, in Swedish and each language the decision's title is translated
 * into; the text falls back to Swedish where only the title is translated. Every recorded decision
 * is public (as on {@code /beslut}). Reads only the decisions module's own table; body names come
 * from the organisation module's published API.
 */
@Component
public class DecisionSearchSource implements SearchableContent.Source {

    private final JdbcClient jdbc;
    private final Organisation organisation;

    DecisionSearchSource(JdbcClient jdbc, Organisation organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    /** Count, highest id and a sum of hashes of the indexed columns (decisions have no change time), plus the body names. */
    @Override
    public String fingerprint() {
        String own = jdbc.sql("SELECT count(*) || ':' || coalesce(max(id), 0) || ':' "
                        + "|| coalesce(sum(hashtext(concat_ws('|', id, body_id, year, paragraph, decided_on, case_number, title, body, reservations)))::text, '0') "
                        + "FROM decisions_decision")
                .query(String.class)
                .single();
        return own + ":" + SearchTexts.bodyNamesHash(organisation.bodies());
    }

    @Override
    public List<SearchableContent.Entry> entries() {
        Map<Long, TranslatableText> bodyNames = SearchTexts.bodyNames(organisation.bodies());
        return jdbc.sql(
                        "SELECT id, body_id, body_slug, year, paragraph, decided_on, case_number, title, body, reservations "
                                + "FROM decisions_decision ORDER BY id")
                .query((rs, n) -> {
                    TranslatableText title = TranslatableText.fromJson(rs.getString("title"));
                    TranslatableText body = TranslatableText.fromJson(rs.getString("body"));
                    TranslatableText bodyName = bodyNames.getOrDefault(
                            rs.getLong("body_id"), TranslatableText.swedish(rs.getString("body_slug")));
                    String reference = "§ " + rs.getInt("paragraph") + "/" + rs.getInt("year");
                    String caseNumber = rs.getString("case_number");
                    String reservations = rs.getString("reservations");
                    Map<Lang, SearchableContent.Text> texts = new EnumMap<>(Lang.class);
                    for (Lang lang : title.values().keySet()) {
                        String summary = bodyName.in(lang).text() + " " + reference;
                        String searched = String.join(
                                "\n",
                                body.in(lang).text(),
                                caseNumber == null ? "" : caseNumber,
                                reservations == null ? "" : reservations);
                        texts.put(
                                lang, new SearchableContent.Text(title.in(lang).text(), summary, searched));
                    }
                    return new SearchableContent.Entry(
                            String.valueOf(rs.getLong("id")),
                            "/beslut/" + rs.getLong("id"),
                            rs.getDate("decided_on").toLocalDate(),
                            texts);
                })
                .list();
    }

    /** Body names for titles and summaries, shared by the decisions module's two sources. */
    static final class SearchTexts {

        private SearchTexts() {}

        static Map<Long, TranslatableText> bodyNames(List<Body> bodies) {
            Map<Long, TranslatableText> names = new java.util.HashMap<>();
            bodies.forEach(b -> names.put(b.id(), b.name()));
            return names;
        }

        static String bodyNamesHash(List<Body> bodies) {
            return Integer.toHexString(bodies.stream()
                    .map(b -> b.id() + "=" + b.name().toJson())
                    .toList()
                    .hashCode());
        }
    }
}
