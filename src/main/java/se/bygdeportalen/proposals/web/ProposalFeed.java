package se.bygdeportalen.proposals.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.bygdeportalen.platform.PlatformProperties;
import se.bygdeportalen.platform.feed.AtomFeed;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.opendata.OpenDataResponses;
import se.bygdeportalen.proposals.internal.ProposalListRepository;

/**
 * Atom feed of newly published and newly answered proposals, {@code /sv/medborgarforslag.atom}:
 * the 50 newest events, one entry when a proposal is published and another when it is answered.
 */
@Controller
public class ProposalFeed {

    public static final int ENTRIES = 50;

    public record FeedEvent(
            String kind,
            int year,
            int number,
            String title,
            String language,
            @Nullable String category,
            String excerpt,
            @Nullable String answerOutcome,
            @Nullable String answerText,
            Instant at) {}

    private final JdbcClient jdbc;
    private final Messages messages;
    private final PlatformProperties properties;
    private final ProposalListCategories categories;

    ProposalFeed(JdbcClient jdbc, Messages messages, PlatformProperties properties, ProposalListCategories categories) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.properties = properties;
        this.categories = categories;
    }

    @GetMapping("/" + Lang.PATH + "/medborgarforslag.atom")
    public ResponseEntity<byte[]> feed(@PathVariable String lang) {
        Lang l = Lang.fromCode(lang).orElse(Lang.DEFAULT);
        String base = properties.baseUrl() + "/" + l.code();
        String municipality = properties
                .municipality()
                .name()
                .getOrDefault(l.code(), properties.municipality().name().getOrDefault("sv", ""));
        AtomFeed feed = AtomFeed.builder(
                        base + "/medborgarforslag.atom",
                        messages.get(l, "proposalspublic.feed.title", municipality),
                        l.code())
                .subtitle(messages.get(l, "proposalspublic.feed.subtitle"))
                .alternate(base + "/medborgarforslag")
                .author(municipality);
        for (FeedEvent e : events()) {
            String page = base + "/medborgarforslag/" + e.year() + "-" + e.number();
            boolean answered = "ANSWERED".equals(e.kind());
            String title = answered ? messages.get(l, "proposalspublic.feed.answeredTitle", e.title()) : e.title();
            String summary = answered
                    ? messages.get(
                                    l,
                                    "proposalspublic.feed.answeredSummary",
                                    messages.get(
                                            l,
                                            "proposalspublic.outcome."
                                                    + (e.answerOutcome() == null ? "ANSWERED" : e.answerOutcome())))
                            + (e.answerText() == null ? "" : " " + ProposalListRepository.excerpt(e.answerText()))
                    : e.excerpt();
            List<String> cats = new ArrayList<>();
            cats.add(messages.get(l, "proposalspublic.feed.kind." + e.kind()));
            if (e.category() != null) {
                cats.add(categories.label(l, e.category()));
            }
            feed.entry(new AtomFeed.Item(
                    answered ? page + "#svar" : page,
                    title,
                    answered ? null : e.language(),
                    summary,
                    page,
                    e.at(),
                    e.at(),
                    null,
                    cats));
        }
        return OpenDataResponses.download(OpenDataResponses.ATOM, "medborgarforslag.atom", feed.toBytes());
    }

    public List<FeedEvent> events() {
        String p = ProposalListRepository.PUBLIC;
        return jdbc.sql("""
                SELECT * FROM (
                  (SELECT 'PUBLISHED' AS kind, p.case_year, p.case_seq, p.title, p.language, p.category, left(p.body, 400) AS excerpt,
                          NULL AS answer_outcome, NULL AS answer_text, p.published_at AS at
                   FROM proposal p WHERE %s ORDER BY p.published_at DESC LIMIT :n)
                  UNION ALL
                  (SELECT 'ANSWERED', p.case_year, p.case_seq, p.title, p.language, p.category, NULL,
                          p.answer_outcome, left(p.answer_text, 400), p.answered_at
                   FROM proposal p WHERE %s AND p.answered_at IS NOT NULL ORDER BY p.answered_at DESC LIMIT :n)
                ) e ORDER BY e.at DESC LIMIT :n
                """.formatted(p, p))
                .param("n", ENTRIES)
                .query((rs, n) -> new FeedEvent(
                        rs.getString("kind"),
                        rs.getInt("case_year"),
                        rs.getInt("case_seq"),
                        rs.getString("title"),
                        rs.getString("language"),
                        rs.getString("category"),
                        ProposalListRepository.excerpt(rs.getString("excerpt")),
                        rs.getString("answer_outcome"),
                        rs.getString("answer_text"),
                        Objects.requireNonNull(
                                ProposalListRepository.instant(rs, "at"), "both parts select a set time")))
                .list();
    }
}
