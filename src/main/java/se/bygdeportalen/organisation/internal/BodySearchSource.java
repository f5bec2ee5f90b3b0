package se.bygdeportalen.organisation.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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
 * The active political bodies for the site search, by name in each language they are named in and
 * by the names of the people who sit in them today (shown on the body's public page). Reads only the
 * organisation module's own tables.
 */
@Component
public class BodySearchSource implements SearchableContent.Source {

    private final JdbcClient jdbc;
    private final Messages messages;
    private final Clock clock;

    BodySearchSource(JdbcClient jdbc, Messages messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /** Today is part of it, because who sits in a body follows the dates of the memberships. */
    @Override
    public String fingerprint() {
        LocalDate today = today();
        return today + ":"
                + jdbc.sql("""
                SELECT (SELECT count(*) || ':' || coalesce(sum(hashtext(concat_ws('|', id, slug, kind, name, active)))::text, '0')
                        FROM organisation_body) || ':' ||
                       (SELECT count(*) || ':' || coalesce(sum(hashtext(concat_ws('|', m.body_id, p.name)))::text, '0')
                        FROM organisation_membership m JOIN organisation_person p ON p.id = m.person_id
                        WHERE m.from_date <= :today AND m.to_date >= :today)
                """)
                        .param("today", Date.valueOf(today))
                        .query(String.class)
                        .single();
    }

    @Override
    public List<SearchableContent.Entry> entries() {
        Map<Long, List<String>> members = new HashMap<>();
        jdbc.sql("""
                SELECT m.body_id, p.name FROM organisation_membership m JOIN organisation_person p ON p.id = m.person_id
                WHERE m.from_date <= :today AND m.to_date >= :today ORDER BY m.body_id, p.name
                """).param("today", Date.valueOf(today())).query(rs -> {
            members.computeIfAbsent(rs.getLong("body_id"), id -> new ArrayList<>())
                    .add(rs.getString("name"));
        });
        return jdbc.sql("SELECT id, slug, kind, name FROM organisation_body WHERE active ORDER BY id")
                .query((rs, n) -> {
                    TranslatableText name = TranslatableText.fromJson(rs.getString("name"));
                    String kindKey = "organisation.kindName." + rs.getString("kind");
                    String people = String.join("\n", members.getOrDefault(rs.getLong("id"), List.of()));
                    Map<Lang, SearchableContent.Text> texts = new EnumMap<>(Lang.class);
                    for (Lang lang : name.values().keySet()) {
                        texts.put(
                                lang,
                                new SearchableContent.Text(name.in(lang).text(), messages.get(lang, kindKey), people));
                    }
                    return new SearchableContent.Entry(
                            rs.getString("slug"), "/organisation/" + rs.getString("slug"), null, texts);
                })
                .list();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DateFormats.ZONE));
    }
}
