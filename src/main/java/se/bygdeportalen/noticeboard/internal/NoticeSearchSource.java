package se.bygdeportalen.noticeboard.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.manifest.SearchableContent;

/**
 * Notices for the site search: everything the public can open at {@code /anslagstavla/{id}}, that
 * is every notice posted on or before today, current or archived (a withdrawn notice stays in the
 * archive, as the law asks). A notice posted for a later day is not public yet. Reads only the
 * notice board's own table.
 */
@Component
public class NoticeSearchSource implements SearchableContent.Source {

    private final JdbcClient jdbc;
    private final Messages messages;
    private final Clock clock;

    NoticeSearchSource(JdbcClient jdbc, Messages messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /** Today is part of it: a notice posted for tomorrow becomes public when the day comes. */
    @Override
    public String fingerprint() {
        LocalDate today = today();
        return today + ":"
                + jdbc.sql("SELECT count(*) || ':' || coalesce(max(id), 0) || ':' "
                                + "|| coalesce(sum(hashtext(concat_ws('|', id, kind, title, summary, posted_on, withdrawn_at)))::text, '0') "
                                + "FROM noticeboard_notice WHERE posted_on <= :today")
                        .param("today", Date.valueOf(today))
                        .query(String.class)
                        .single();
    }

    @Override
    public List<SearchableContent.Entry> entries() {
        return jdbc.sql(
                        "SELECT id, kind, title, summary, posted_on FROM noticeboard_notice WHERE posted_on <= :today ORDER BY id")
                .param("today", Date.valueOf(today()))
                .query((rs, n) -> {
                    TranslatableText title = TranslatableText.fromJson(rs.getString("title"));
                    String summaryJson = rs.getString("summary");
                    TranslatableText summary = summaryJson == null ? null : TranslatableText.fromJson(summaryJson);
                    String kindKey = "noticeboard.kind." + rs.getString("kind");
                    Map<Lang, SearchableContent.Text> texts = new EnumMap<>(Lang.class);
                    for (Lang lang : title.values().keySet()) {
                        texts.put(
                                lang,
                                new SearchableContent.Text(
                                        title.in(lang).text(),
                                        messages.get(lang, kindKey),
                                        summary == null
                                                ? null
                                                : summary.in(lang).text()));
                    }
                    long id = rs.getLong("id");
                    return new SearchableContent.Entry(
                            String.valueOf(id),
                            "/anslagstavla/" + id,
                            rs.getDate("posted_on").toLocalDate(),
                            texts);
                })
                .list();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DateFormats.ZONE));
    }
}
