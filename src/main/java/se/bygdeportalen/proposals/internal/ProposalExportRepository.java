package se.bygdeportalen.proposals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.organisation.Village;
import se.bygdeportalen.platform.PlatformProperties;
import se.bygdeportalen.platform.api.CappedCount;
import se.bygdeportalen.platform.api.KeysetPage;
import se.bygdeportalen.platform.api.KeysetRequest;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.search.TextSearch;

/** Public proposals as open data rows; selects public columns only, from public proposals only. */
@Repository
public class ProposalExportRepository {

    /** The columns open data may contain. Contact details, identity and demographics are not among them. */
    private static final String COLUMNS = """
            p.case_number, p.case_year, p.case_seq, p.title, p.body, p.language, p.status, p.category, p.village_slug,
            p.proposer_name, p.submitted_at, p.published_at, p.referred_at, p.referred_body_slug, p.deadline, p.answered_at,
            p.answer_decided_on, p.answer_outcome, p.answer_text, p.support_count""";

    public record Page(KeysetPage<ProposalExportRow> rows, CappedCount total) {}

    private final JdbcClient jdbc;
    private final ProposalListRepository lists;
    private final Organisation organisation;
    private final String baseUrl;

    ProposalExportRepository(
            JdbcClient jdbc, ProposalListRepository lists, Organisation organisation, PlatformProperties properties) {
        this.jdbc = jdbc;
        this.lists = lists;
        this.organisation = organisation;
        this.baseUrl = properties.baseUrl();
    }

    /** Every public proposal matching the filters, newest first (the filters of the list page; no paging). */
    public List<ProposalExportRow> all(ProposalListQuery query) {
        List<ProposalExportRow> rows = new java.util.ArrayList<>();
        forEach(query, rows::add);
        return rows;
    }

    /**
     * Every public proposal matching the filters, newest first, handed to {@code each} as the database
     * streams them (a cursor of 500 rows at a time): the CSV and JSON files are written while they are
     * read, so memory stays the same however many proposals there are.
     */
    @Transactional(readOnly = true)
    public void forEach(ProposalListQuery query, java.util.function.Consumer<ProposalExportRow> each) {
        Names names = names();
        Map<String, Object> params = new HashMap<>();
        String where = ProposalListRepository.where(query, params);
        jdbc.sql("SELECT " + COLUMNS + " FROM proposal p WHERE " + where + " ORDER BY p.published_at DESC, p.id DESC")
                .params(params)
                .withFetchSize(500)
                .query(rs -> {
                    each.accept(row(rs, names));
                });
    }

    /**
     * One keyset page for the API and the count up to {@link CappedCount#CAP}: two statements (plus
     * the bodies' and villages' names), whatever the page and the number of proposals.
     */
    @Transactional(readOnly = true)
    public Page page(ProposalListQuery query, KeysetRequest request) {
        if (query.searching()) {
            jdbc.sql(TextSearch.PREFER_INDEXES).query().listOfRows();
        }
        CappedCount total = lists.count(query);
        if (total.isZero()) {
            return new Page(request.pageOf(List.of()), total);
        }
        Names names = names();
        return new Page(lists.seek(query, request, total, COLUMNS, (rs, n) -> row(rs, names)), total);
    }

    public Optional<ProposalExportRow> byReference(int year, int number) {
        Names names = names();
        return jdbc.sql("SELECT " + COLUMNS + " FROM proposal p WHERE " + ProposalListRepository.PUBLIC
                        + " AND p.case_year = :y AND p.case_seq = :n")
                .param("y", year)
                .param("n", number)
                .query((rs, n) -> row(rs, names))
                .optional();
    }

    private record Names(Map<String, String> villages, Map<String, String> bodies) {}

    private Names names() {
        Map<String, String> villages = new HashMap<>();
        for (Village v : organisation.villages()) {
            villages.put(v.slug(), v.name().raw(Lang.SV));
        }
        Map<String, String> bodies = new HashMap<>();
        for (Body b : organisation.bodies()) {
            bodies.put(b.slug(), b.name().raw(Lang.SV));
        }
        return new Names(villages, bodies);
    }

    private ProposalExportRow row(ResultSet rs, Names names) throws SQLException {
        int year = rs.getInt("case_year");
        int number = rs.getInt("case_seq");
        String reference = year + "-" + number;
        String village = rs.getString("village_slug");
        String body = rs.getString("referred_body_slug");
        return new ProposalExportRow(
                rs.getString("case_number"),
                year,
                number,
                reference,
                rs.getString("title"),
                rs.getString("body"),
                rs.getString("language"),
                rs.getString("status"),
                rs.getString("category"),
                village,
                village == null ? null : names.villages().get(village),
                rs.getString("proposer_name"),
                date(rs, "submitted_at"),
                date(rs, "published_at"),
                date(rs, "referred_at"),
                body,
                body == null ? null : names.bodies().get(body),
                rs.getObject("deadline", LocalDate.class),
                date(rs, "answered_at"),
                rs.getObject("answer_decided_on", LocalDate.class),
                rs.getString("answer_outcome"),
                rs.getString("answer_text"),
                rs.getInt("support_count"),
                baseUrl + "/sv/medborgarforslag/" + reference);
    }

    private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.atZoneSameInstant(DateFormats.ZONE).toLocalDate();
    }
}
