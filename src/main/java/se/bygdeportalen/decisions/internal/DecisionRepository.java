package se.bygdeportalen.decisions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.api.CappedCount;
import se.bygdeportalen.platform.api.Keyed;
import se.bygdeportalen.platform.api.KeysetPage;
import se.bygdeportalen.platform.api.KeysetRequest;
import se.bygdeportalen.platform.api.SeekOrder;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.search.TextSearch;

/** Decisions and the links between them, in SQL; search uses the generated tsvector column. */
@Repository
public class DecisionRepository {

    /** Every column but the search vector, which is large and never read back. */
    static final String COLUMNS = """
            id, meeting_id, agenda_item_id, body_id, body_slug, year, paragraph, decided_on, case_number, title, body, category,
            votes_yes, votes_no, votes_abstain, reservations, proposal_id, proposal_title, proposal_path, budget_reference,
            gender_status, gender_text, gender_affects, gender_statistics, gender_consequences, gender_measures,
            health_status, health_text, child_status, child_text""";

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What the public search and the API filter on; every field may be null.
     *
     * @param assessment which assessment {@code status} applies to
     */
    public record Filter(
            @Nullable String query,
            @Nullable Long bodyId,
            @Nullable Integer year,
            @Nullable Category category,
            Assessment.@Nullable Kind assessment,
            Assessment.@Nullable Status status,
            @Nullable Long meetingId) {
        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null);
        }
    }

    public int nextParagraph(long bodyId, int year) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('decisions_paragraph'), CAST(:k AS int))")
                .param("k", (int) (bodyId * 10_000 + year))
                .query(Object.class)
                .list();
        return jdbc.sql(
                        "SELECT coalesce(max(paragraph), 0) + 1 FROM decisions_decision WHERE body_id = :b AND year = :y")
                .param("b", bodyId)
                .param("y", year)
                .query(Integer.class)
                .single();
    }

    public long insert(Decision d) {
        return jdbc.sql("""
                INSERT INTO decisions_decision (meeting_id, agenda_item_id, body_id, body_slug, year, paragraph, decided_on, case_number,
                    title, body, category, votes_yes, votes_no, votes_abstain, reservations, proposal_id, proposal_title, proposal_path, budget_reference,
                    gender_status, gender_text, gender_affects, gender_statistics, gender_consequences, gender_measures,
                    health_status, health_text, child_status, child_text)
                VALUES (:meeting, :item, :bodyId, :bodySlug, :year, :paragraph, :decidedOn, :caseNumber, CAST(:title AS jsonb),
                    CAST(:body AS jsonb), :category, :yes, :no, :abstain, :reservations, :proposal, :ptitle, :ppath, :budget,
                    :gs, :gt, :ga, :gst, :gc, :gm, :hs, :ht, :cs, :ct)
                RETURNING id
                """)
                .param("meeting", d.meetingId())
                .param("item", d.agendaItemId())
                .param("bodyId", d.bodyId())
                .param("bodySlug", d.bodySlug())
                .param("year", d.year())
                .param("paragraph", d.paragraph())
                .param("decidedOn", d.decidedOn())
                .param("caseNumber", d.caseNumber())
                .param("title", d.title().toJson())
                .param("body", d.body().toJson())
                .param("category", d.category().name())
                .param("yes", d.votesYes())
                .param("no", d.votesNo())
                .param("abstain", d.votesAbstain())
                .param("reservations", d.reservations())
                .param("proposal", d.proposalId())
                .param("ptitle", d.proposalTitle())
                .param("ppath", d.proposalPath())
                .param("budget", d.budgetReference())
                .params(assessmentParams(d))
                .query(Long.class)
                .single();
    }

    /** Corrects what a registrar may edit; the paragraph, meeting, item and proposal stay. */
    public void update(Decision d) {
        jdbc.sql("""
                UPDATE decisions_decision SET title = CAST(:title AS jsonb), body = CAST(:body AS jsonb), category = :category,
                    votes_yes = :yes, votes_no = :no, votes_abstain = :abstain, reservations = :reservations, budget_reference = :budget,
                    gender_status = :gs, gender_text = :gt, gender_affects = :ga, gender_statistics = :gst, gender_consequences = :gc,
                    gender_measures = :gm, health_status = :hs, health_text = :ht, child_status = :cs, child_text = :ct
                WHERE id = :id
                """)
                .param("title", d.title().toJson())
                .param("body", d.body().toJson())
                .param("category", d.category().name())
                .param("yes", d.votesYes())
                .param("no", d.votesNo())
                .param("abstain", d.votesAbstain())
                .param("reservations", d.reservations())
                .param("budget", d.budgetReference())
                .params(assessmentParams(d))
                .param("id", d.id())
                .update();
    }

    /** The three impact assessments' columns, the same for insert and update. */
    private static java.util.Map<String, @Nullable Object> assessmentParams(Decision d) {
        java.util.Map<String, @Nullable Object> p = new java.util.HashMap<>();
        var checklist = d.gender().checklist();
        p.put("gs", d.gender().status().name());
        p.put("gt", d.gender().text());
        p.put("ga", checklist == null ? null : checklist.affects());
        p.put("gst", checklist == null ? null : checklist.statistics());
        p.put("gc", checklist == null ? null : checklist.consequences());
        p.put("gm", checklist == null ? null : checklist.measures());
        p.put("hs", d.health().status().name());
        p.put("ht", d.health().text());
        p.put("cs", d.child().status().name());
        p.put("ct", d.child().text());
        return p;
    }

    public void unlinkAll(long decisionId) {
        jdbc.sql("DELETE FROM decisions_decision_link WHERE decision_id = :d")
                .param("d", decisionId)
                .update();
    }

    public void link(long decisionId, long earlierId) {
        jdbc.sql(
                        "INSERT INTO decisions_decision_link (decision_id, earlier_decision_id) VALUES (:d, :e) ON CONFLICT DO NOTHING")
                .param("d", decisionId)
                .param("e", earlierId)
                .update();
    }

    public Optional<Decision> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM decisions_decision WHERE id = :id")
                .param("id", id)
                .query(DecisionRepository::decision)
                .optional();
    }

    public Optional<Long> idOf(@Nullable String bodySlug, int year, int paragraph) {
        return jdbc.sql("SELECT id FROM decisions_decision WHERE body_slug = :b AND year = :y AND paragraph = :p")
                .param("b", bodySlug)
                .param("y", year)
                .param("p", paragraph)
                .query(Long.class)
                .optional();
    }

    public List<Decision> byMeeting(long meetingId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM decisions_decision WHERE meeting_id = :m ORDER BY paragraph")
                .param("m", meetingId)
                .query(DecisionRepository::decision)
                .list();
    }

    public List<Decision> byMeetings(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM decisions_decision WHERE meeting_id IN (:m) ORDER BY paragraph")
                .param("m", meetingIds)
                .query(DecisionRepository::decision)
                .list();
    }

    /** Decisions this one builds on. */
    public List<Decision> earlier(long decisionId) {
        return jdbc.sql("""
                SELECT d.* FROM decisions_decision d JOIN decisions_decision_link l ON l.earlier_decision_id = d.id
                WHERE l.decision_id = :id ORDER BY d.decided_on, d.id
                """)
                .param("id", decisionId)
                .query(DecisionRepository::decision)
                .list();
    }

    /** Later decisions that build on this one. */
    public List<Decision> later(long decisionId) {
        return jdbc.sql("""
                SELECT d.* FROM decisions_decision d JOIN decisions_decision_link l ON l.decision_id = d.id
                WHERE l.earlier_decision_id = :id ORDER BY d.decided_on, d.id
                """)
                .param("id", decisionId)
                .query(DecisionRepository::decision)
                .list();
    }

    /** Newest first, the order of the search page and the API. */
    public static final SeekOrder NEWEST = SeekOrder.descending("id", SeekOrder.key("decided_on", SeekOrder.Type.DATE));

    /** One keyset page and how many matched, counted up to {@link CappedCount#CAP}. */
    public record SeekPage(KeysetPage<Decision> page, CappedCount total) {}

    /**
     * A keyset page of decisions matching the filter, newest first, and the count up to
     * {@link CappedCount#CAP}: two statements whatever the page and the number of decisions. With
     * words to search for and few matches (the count was not capped), the matches are collected
     * through the GIN index first (at most {@code CAP + 1}) and only those are ordered; with many, the
     * date index is walked, where matches are dense. So a rare word never makes the planner test every
     * row on the date index, and a common one never collects thousands of hits. The planner is told
     * that random reads are nearly as cheap as sequential ones, as they are for this cached table.
     */
    @Transactional(readOnly = true)
    public SeekPage seekPage(Filter filter, KeysetRequest request) {
        if (filter.query() != null) {
            jdbc.sql(TextSearch.PREFER_INDEXES).query().listOfRows();
        }
        Where where = where(filter);
        Map<String, Object> params = new HashMap<>();
        for (var p : where.params) {
            params.put(p.name, p.value);
        }
        CappedCount total = CappedCount.of(jdbc.sql(CappedCount.sql("decisions_decision WHERE " + where.sql))
                .params(params)
                .query(Long.class)
                .single());
        if (total.isZero()) {
            return new SeekPage(request.pageOf(List.of()), total);
        }
        boolean few = filter.query() != null && !total.capped();
        String seek = NEWEST.condition(request, params);
        params.put("fetch", request.fetchSize());
        params.put("skip", request.skip());
        String sql = (few
                        ? "WITH hits AS MATERIALIZED (SELECT id FROM decisions_decision WHERE " + where.sql + " LIMIT "
                                + (CappedCount.CAP + 1) + ") SELECT " + COLUMNS + ", " + NEWEST.columns()
                                + " FROM decisions_decision WHERE id IN (SELECT id FROM hits)"
                        : "SELECT " + COLUMNS + ", " + NEWEST.columns() + " FROM decisions_decision WHERE " + where.sql)
                + " AND " + seek + " ORDER BY " + NEWEST.orderBy(request) + " LIMIT :fetch OFFSET :skip";
        List<Keyed<Decision>> rows = jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> new Keyed<>(decision(rs, n), NEWEST.position(rs)))
                .list();
        return new SeekPage(request.pageOf(rows), total);
    }

    /**
     * Every decision matching the filter, newest first, handed to {@code each} one by one as the
     * database streams them (a cursor of 500 rows at a time), for the CSV export: memory stays the
     * same however many there are.
     */
    @Transactional(readOnly = true)
    public void forEach(Filter filter, java.util.function.Consumer<Decision> each) {
        Where where = where(filter);
        var spec = jdbc.sql("SELECT " + COLUMNS + " FROM decisions_decision WHERE " + where.sql
                + " ORDER BY decided_on DESC, id DESC");
        for (var p : where.params) {
            spec = spec.param(p.name, p.value);
        }
        spec.withFetchSize(500).query(rs -> {
            each.accept(decision(rs, 0));
        });
    }

    /** Years that have decisions, newest first: a skip scan, one probe of the year index (V096) per year. */
    public List<Integer> years() {
        return jdbc.sql("""
                WITH RECURSIVE y(year) AS (
                    (SELECT year FROM decisions_decision ORDER BY year DESC LIMIT 1)
                    UNION ALL
                    SELECT (SELECT d.year FROM decisions_decision d WHERE d.year < y.year ORDER BY d.year DESC LIMIT 1)
                    FROM y WHERE y.year IS NOT NULL
                )
                SELECT year FROM y WHERE year IS NOT NULL
                """).query((rs, n) -> rs.getInt(1)).list();
    }

    /** Per body and year: how many decisions, and how many of them considered each impact. */
    public record Stats(
            long bodyId,
            String bodySlug,
            int year,
            long decisions,
            long genderAssessed,
            long genderNotRelevant,
            long healthAssessed,
            long healthNotRelevant,
            long childAssessed,
            long childNotRelevant) {
        public long considered(Assessment.Kind kind) {
            return switch (kind) {
                case GENDER -> genderAssessed + genderNotRelevant;
                case HEALTH -> healthAssessed + healthNotRelevant;
                case CHILD -> childAssessed + childNotRelevant;
            };
        }

        public long assessed(Assessment.Kind kind) {
            return switch (kind) {
                case GENDER -> genderAssessed;
                case HEALTH -> healthAssessed;
                case CHILD -> childAssessed;
            };
        }
    }

    public List<Stats> stats() {
        return jdbc.sql("""
                SELECT body_id, min(body_slug) AS body_slug, year, count(*) AS decisions,
                       count(*) FILTER (WHERE gender_status = 'ASSESSED') AS ga, count(*) FILTER (WHERE gender_status = 'NOT_RELEVANT') AS gn,
                       count(*) FILTER (WHERE health_status = 'ASSESSED') AS ha, count(*) FILTER (WHERE health_status = 'NOT_RELEVANT') AS hn,
                       count(*) FILTER (WHERE child_status = 'ASSESSED') AS ca, count(*) FILTER (WHERE child_status = 'NOT_RELEVANT') AS cn
                FROM decisions_decision GROUP BY body_id, year ORDER BY year DESC, body_id
                """)
                .query((rs, n) -> new Stats(
                        rs.getLong("body_id"),
                        rs.getString("body_slug"),
                        rs.getInt("year"),
                        rs.getLong("decisions"),
                        rs.getLong("ga"),
                        rs.getLong("gn"),
                        rs.getLong("ha"),
                        rs.getLong("hn"),
                        rs.getLong("ca"),
                        rs.getLong("cn")))
                .list();
    }

    private record Param(String name, Object value) {}

    private record Where(String sql, List<Param> params) {}

    private static Where where(Filter f) {
        List<String> clauses = new ArrayList<>();
        List<Param> params = new ArrayList<>();
        clauses.add("true");
        if (f.query() != null) {
            clauses.add(TextSearch.matches("search", "q"));
            params.add(new Param("q", f.query()));
        }
        if (f.bodyId() != null) {
            clauses.add("body_id = :body");
            params.add(new Param("body", f.bodyId()));
        }
        if (f.year() != null) {
            clauses.add("year = :year");
            params.add(new Param("year", f.year()));
        }
        if (f.category() != null) {
            clauses.add("category = :category");
            params.add(new Param("category", f.category().name()));
        }
        if (f.status() != null) {
            Assessment.Kind kind = f.assessment() == null ? Assessment.Kind.GENDER : f.assessment();
            // The column name comes from the enum, never from the request.
            clauses.add(kind.name().toLowerCase() + "_status = :status");
            params.add(new Param("status", f.status().name()));
        }
        if (f.meetingId() != null) {
            clauses.add("meeting_id = :meeting");
            params.add(new Param("meeting", f.meetingId()));
        }
        return new Where(String.join(" AND ", clauses), params);
    }

    public static Decision decision(ResultSet rs, int n) throws SQLException {
        Assessment.Checklist checklist = new Assessment.Checklist(
                rs.getObject("gender_affects", Boolean.class),
                rs.getObject("gender_statistics", Boolean.class),
                rs.getObject("gender_consequences", Boolean.class),
                rs.getObject("gender_measures", Boolean.class));
        return new Decision(
                rs.getLong("id"),
                rs.getLong("meeting_id"),
                rs.getObject("agenda_item_id", Long.class),
                rs.getLong("body_id"),
                rs.getString("body_slug"),
                rs.getInt("year"),
                rs.getInt("paragraph"),
                rs.getObject("decided_on", LocalDate.class),
                rs.getString("case_number"),
                TranslatableText.fromJson(rs.getString("title")),
                TranslatableText.fromJson(rs.getString("body")),
                Category.valueOf(rs.getString("category")),
                rs.getObject("votes_yes", Integer.class),
                rs.getObject("votes_no", Integer.class),
                rs.getObject("votes_abstain", Integer.class),
                rs.getString("reservations"),
                rs.getObject("proposal_id", Long.class),
                rs.getString("proposal_title"),
                rs.getString("proposal_path"),
                rs.getString("budget_reference"),
                new Assessment(
                        Assessment.Status.valueOf(rs.getString("gender_status")),
                        rs.getString("gender_text"),
                        "ASSESSED".equals(rs.getString("gender_status")) ? checklist : null),
                new Assessment(
                        Assessment.Status.valueOf(rs.getString("health_status")), rs.getString("health_text"), null),
                new Assessment(
                        Assessment.Status.valueOf(rs.getString("child_status")), rs.getString("child_text"), null));
    }
}
