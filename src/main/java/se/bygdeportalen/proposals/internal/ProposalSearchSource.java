package se.bygdeportalen.proposals.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.manifest.SearchableContent;

/**
 * Public citizen proposals for the site search: published and not hidden by a moderator (the same
 * condition as the public list, feed and open data), in the language each was written in. Never a
 * draft, a submitted-but-unpublished proposal, a declined one, or anything about the proposer but
 * the public name. Reads only the proposals module's own table.
 */
@Component
public class ProposalSearchSource implements SearchableContent.Source {

    private static final String PUBLIC = "published_at IS NOT NULL AND NOT hidden AND case_year IS NOT NULL";

    private final JdbcClient jdbc;
    private final Messages messages;

    ProposalSearchSource(JdbcClient jdbc, Messages messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** Count, latest change and a sum of hashes of the shown and searched columns: any edit, hiding or answer changes it. */
    @Override
    public String fingerprint() {
        return jdbc.sql("SELECT count(*) || ':' || coalesce(max(updated_at)::text, '-') || ':' "
                        + "|| coalesce(sum(hashtext(concat_ws('|', id, status, language, title, body, category, case_number, answer_text)))::text, '0') "
                        + "FROM proposal WHERE " + PUBLIC)
                .query(String.class)
                .single();
    }

    @Override
    public List<SearchableContent.Entry> entries() {
        return jdbc.sql(
                        "SELECT id, status, language, title, body, category, case_number, case_year, case_seq, published_at, answer_text "
                                + "FROM proposal WHERE " + PUBLIC + " ORDER BY id")
                .query((rs, n) -> {
                    Lang lang = Lang.fromCode(rs.getString("language")).orElse(Lang.SV);
                    String statusKey = "proposalspublic.status." + rs.getString("status");
                    String summary = messages.has(lang, statusKey)
                            ? rs.getString("case_number") + " · " + messages.get(lang, statusKey)
                            : rs.getString("case_number");
                    // The category's name is shown on the proposal's page, so "skola" finds proposals about schools.
                    String categoryKey = "proposals.category." + rs.getString("category");
                    String body = String.join(
                            "\n",
                            rs.getString("body"),
                            rs.getString("case_number"),
                            rs.getString("category") != null && messages.has(lang, categoryKey)
                                    ? messages.get(lang, categoryKey)
                                    : "",
                            rs.getString("answer_text") == null ? "" : rs.getString("answer_text"));
                    Timestamp published = rs.getTimestamp("published_at");
                    return new SearchableContent.Entry(
                            String.valueOf(rs.getLong("id")),
                            "/medborgarforslag/" + rs.getInt("case_year") + "-" + rs.getInt("case_seq"),
                            published.toInstant().atZone(DateFormats.ZONE).toLocalDate(),
                            Map.of(lang, new SearchableContent.Text(rs.getString("title"), summary, body)));
                })
                .list();
    }
}
