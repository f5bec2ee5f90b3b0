package se.bygdeportalen.decisions.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.manifest.SearchableContent;

/**
 * Meetings for the site search, titled as on the meeting's page ("Kommunstyrelsen, 12 mars 2026")
 * in every language, searchable by place and by the titles of their agenda items. Cancelled
 * meetings stay findable, marked as cancelled, as on their page. Reads only the decisions module's
 * own tables; body names come from the organisation module's published API.
 */
@Component
public class MeetingSearchSource implements SearchableContent.Source {

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final Messages messages;

    MeetingSearchSource(JdbcClient jdbc, Organisation organisation, Messages messages) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.messages = messages;
    }

    /** Meetings carry a change time; agenda items are edited on their own, so they are hashed. */
    @Override
    public String fingerprint() {
        String own = jdbc.sql("""
                SELECT (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '-') FROM decisions_meeting) || ':' ||
                       (SELECT count(*) || ':' || coalesce(sum(hashtext(concat_ws('|', id, meeting_id, number, title)))::text, '0')
                        FROM decisions_agenda_item)
                """).query(String.class).single();
        return own + ":" + DecisionSearchSource.SearchTexts.bodyNamesHash(organisation.bodies());
    }

    @Override
    public List<SearchableContent.Entry> entries() {
        Map<Long, TranslatableText> bodyNames = DecisionSearchSource.SearchTexts.bodyNames(organisation.bodies());
        Map<Long, List<TranslatableText>> agendas = new HashMap<>();
        jdbc.sql("SELECT meeting_id, title FROM decisions_agenda_item ORDER BY meeting_id, number")
                .query(rs -> {
                    agendas.computeIfAbsent(rs.getLong("meeting_id"), id -> new ArrayList<>())
                            .add(TranslatableText.fromJson(rs.getString("title")));
                });
        return jdbc.sql(
                        "SELECT id, body_id, body_slug, meeting_date, place, cancelled FROM decisions_meeting ORDER BY id")
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    LocalDate date = rs.getDate("meeting_date").toLocalDate();
                    TranslatableText bodyName = bodyNames.getOrDefault(
                            rs.getLong("body_id"), TranslatableText.swedish(rs.getString("body_slug")));
                    String place = rs.getString("place");
                    boolean cancelled = rs.getBoolean("cancelled");
                    Map<Lang, SearchableContent.Text> texts = new EnumMap<>(Lang.class);
                    for (Lang lang : Lang.values()) {
                        String title = messages.get(
                                lang,
                                "decisions.meeting.title",
                                bodyName.in(lang).text(),
                                new DateFormats(lang).date(date));
                        String summary = cancelled
                                ? place + " · " + messages.get(lang, "decisions.meeting.cancelledTitle")
                                : place;
                        StringBuilder agenda = new StringBuilder(place).append('\n');
                        for (TranslatableText item : agendas.getOrDefault(id, List.of())) {
                            agenda.append(item.in(lang).text()).append('\n');
                        }
                        texts.put(lang, new SearchableContent.Text(title, summary, agenda.toString()));
                    }
                    return new SearchableContent.Entry(String.valueOf(id), "/sammantraden/" + id, date, texts);
                })
                .list();
    }
}
