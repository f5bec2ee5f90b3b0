package se.bygdeportalen.decisions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.bygdeportalen.platform.api.CappedCount;
import se.bygdeportalen.platform.api.Keyed;
import se.bygdeportalen.platform.api.KeysetPage;
import se.bygdeportalen.platform.api.KeysetRequest;
import se.bygdeportalen.platform.api.SeekOrder;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.proposals.ProposalReference;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Meetings, agenda items, documents and rule overrides, in SQL. */
@Repository
public class MeetingRepository {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises changes to one body's meetings (overlap check) within the transaction. */
    public void lockBody(long bodyId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('decisions_meeting'), CAST(:b AS int))")
                .param("b", (int) bodyId)
                .query(Object.class)
                .list();
    }

    /** Serialises changes to one meeting (closing it, adding to it) within the transaction. */
    public Optional<Meeting> findForUpdate(long id) {
        return jdbc.sql("SELECT * FROM decisions_meeting WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(MeetingRepository::meeting)
                .optional();
    }

    public Optional<Meeting> find(long id) {
        return jdbc.sql("SELECT * FROM decisions_meeting WHERE id = :id")
                .param("id", id)
                .query(MeetingRepository::meeting)
                .optional();
    }

    /** Whether another meeting of the body (not {@code exceptMeetingId}, which may be null) overlaps the times. */
    public boolean overlaps(
            long bodyId, LocalDate date, LocalTime start, LocalTime end, @Nullable Long exceptMeetingId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM decisions_meeting WHERE body_id = :b AND meeting_date = :d AND NOT cancelled
                               AND (CAST(:id AS bigint) IS NULL OR id <> :id) AND starts_at < :e AND ends_at > :s)
                """)
                .param("b", bodyId)
                .param("d", date)
                .param("s", start)
                .param("e", end)
                .param("id", exceptMeetingId)
                .query(Boolean.class)
                .single();
    }

    public void updateDetails(
            long id, LocalDate date, LocalTime start, LocalTime end, String place, @Nullable String link) {
        jdbc.sql("""
                UPDATE decisions_meeting SET meeting_date = :d, starts_at = :s, ends_at = :e, place = :p, online_link = :l,
                       sequence = sequence + 1, updated_at = now() WHERE id = :id
                """)
                .param("d", date)
                .param("s", start)
                .param("e", end)
                .param("p", place)
                .param("l", link)
                .param("id", id)
                .update();
    }

    public long insert(
            long bodyId,
            String bodySlug,
            String bodyKind,
            LocalDate date,
            LocalTime start,
            LocalTime end,
            String place,
            @Nullable String link) {
        return jdbc.sql("""
                INSERT INTO decisions_meeting (body_id, body_slug, body_kind, meeting_date, starts_at, ends_at, place, online_link)
                VALUES (:b, :slug, :kind, :d, :s, :e, :p, :l) RETURNING id
                """)
                .param("b", bodyId)
                .param("slug", bodySlug)
                .param("kind", bodyKind)
                .param("d", date)
                .param("s", start)
                .param("e", end)
                .param("p", place)
                .param("l", link)
                .query(Long.class)
                .single();
    }

    public void noticePosted(long id, LocalDate on) {
        jdbc.sql(
                        "UPDATE decisions_meeting SET notice_posted_on = :on, sequence = sequence + 1, updated_at = now() WHERE id = :id")
                .param("on", on)
                .param("id", id)
                .update();
    }

    public void cancel(long id, String reason) {
        jdbc.sql(
                        "UPDATE decisions_meeting SET cancelled = true, cancel_reason = :r, sequence = sequence + 1, updated_at = now() WHERE id = :id")
                .param("r", reason)
                .param("id", id)
                .update();
    }

    public void approve(long id, LocalDate approvedOn, List<String> approvers, LocalDate postedOn) {
        jdbc.sql("""
                UPDATE decisions_meeting SET approved_on = :a, approvers = CAST(:names AS jsonb), approval_posted_on = :p,
                       updated_at = now() WHERE id = :id
                """)
                .param("a", approvedOn)
                .param("names", JSON.writeValueAsString(approvers))
                .param("p", postedOn)
                .param("id", id)
                .update();
    }

    public void minutesFile(long id, UUID fileId) {
        jdbc.sql("UPDATE decisions_meeting SET minutes_file_id = :f, updated_at = now() WHERE id = :id")
                .param("f", fileId)
                .param("id", id)
                .update();
    }

    /** Meetings from {@code from} on, soonest first, cancelled ones included (they are marked). */
    public List<Meeting> upcoming(LocalDate from, @Nullable Long bodyId, int limit) {
        return jdbc.sql("""
                SELECT * FROM decisions_meeting WHERE meeting_date >= :from AND (CAST(:b AS bigint) IS NULL OR body_id = :b)
                ORDER BY meeting_date, starts_at, id LIMIT :limit
                """)
                .param("from", from)
                .param("b", bodyId)
                .param("limit", limit)
                .query(MeetingRepository::meeting)
                .list();
    }

    /** The next meetings that will be held (not cancelled) of the given bodies, soonest first. */
    public List<Meeting> upcomingHeld(LocalDate from, Collection<Long> bodyIds, int limit) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM decisions_meeting WHERE meeting_date >= :from AND NOT cancelled AND body_id IN (:b)
                ORDER BY meeting_date, starts_at, id LIMIT :limit
                """)
                .param("from", from)
                .param("b", bodyIds)
                .param("limit", limit)
                .query(MeetingRepository::meeting)
                .list();
    }

    /** Newest first, the archive's order. */
    public static final SeekOrder PAST = SeekOrder.descending(
            "id", SeekOrder.key("meeting_date", SeekOrder.Type.DATE), SeekOrder.key("starts_at", SeekOrder.Type.TIME));

    /** A body and a year; a year is a date range, so the date index serves it. */
    private static final String ALL_WHERE = """
            (CAST(:b AS bigint) IS NULL OR body_id = :b)
              AND (CAST(:y AS int) IS NULL OR (meeting_date >= make_date(CAST(:y AS int), 1, 1)
                                              AND meeting_date < make_date(CAST(:y AS int) + 1, 1, 1)))""";

    /** The archive's condition: held before a day. */
    private static final String PAST_WHERE = "meeting_date < :before AND " + ALL_WHERE;

    /** Held meetings (before {@code before}), newest first: one keyset page. */
    public KeysetPage<Meeting> past(
            LocalDate before, @Nullable Long bodyId, @Nullable Integer year, KeysetRequest request) {
        return seek(PAST_WHERE, before, bodyId, year, request);
    }

    /** Every meeting, newest first, for the API: one keyset page. */
    public KeysetPage<Meeting> all(@Nullable Long bodyId, @Nullable Integer year, KeysetRequest request) {
        return seek(ALL_WHERE, null, bodyId, year, request);
    }

    /** How many meetings, up to {@link CappedCount#CAP}. */
    public CappedCount countAll(@Nullable Long bodyId, @Nullable Integer year) {
        return CappedCount.of(jdbc.sql(CappedCount.sql("decisions_meeting WHERE " + ALL_WHERE))
                .param("b", bodyId)
                .param("y", year)
                .query(Long.class)
                .single());
    }

    private KeysetPage<Meeting> seek(
            String where,
            @Nullable LocalDate before,
            @Nullable Long bodyId,
            @Nullable Integer year,
            KeysetRequest request) {
        Map<String, Object> params = new HashMap<>();
        if (before != null) {
            params.put("before", before);
        }
        params.put("b", bodyId);
        params.put("y", year);
        return PAST.page(jdbc, "decisions_meeting", where, params, request, MeetingRepository::meeting);
    }

    /** Every meeting, newest first, handed to {@code each} as the database streams them (for the CSV export). */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public void forEach(java.util.function.Consumer<Meeting> each) {
        jdbc.sql("SELECT * FROM decisions_meeting ORDER BY meeting_date DESC, starts_at DESC, id DESC")
                .withFetchSize(500)
                .query(rs -> {
                    each.accept(meeting(rs, 0));
                });
    }

    /** How many held meetings, up to {@link CappedCount#CAP}. */
    public CappedCount countPast(LocalDate before, @Nullable Long bodyId, @Nullable Integer year) {
        return CappedCount.of(jdbc.sql(CappedCount.sql("decisions_meeting WHERE " + PAST_WHERE))
                .param("before", before)
                .param("b", bodyId)
                .param("y", year)
                .query(Long.class)
                .single());
    }

    /** Meetings for a calendar feed: a year back and everything ahead. */
    public List<Meeting> forCalendar(LocalDate from, @Nullable Long bodyId) {
        return jdbc.sql("""
                SELECT * FROM decisions_meeting WHERE meeting_date >= :from AND (CAST(:b AS bigint) IS NULL OR body_id = :b)
                ORDER BY meeting_date, starts_at, id LIMIT 2000
                """)
                .param("from", from)
                .param("b", bodyId)
                .query(MeetingRepository::meeting)
                .list();
    }

    /** Years with meetings, newest first: a skip scan over the date index, one probe per year. */
    public List<Integer> years() {
        return jdbc.sql("""
                WITH RECURSIVE y(d) AS (
                    (SELECT meeting_date FROM decisions_meeting ORDER BY meeting_date DESC LIMIT 1)
                    UNION ALL
                    SELECT (SELECT m.meeting_date FROM decisions_meeting m
                            WHERE m.meeting_date < date_trunc('year', y.d)::date ORDER BY m.meeting_date DESC LIMIT 1)
                    FROM y WHERE y.d IS NOT NULL
                )
                SELECT CAST(extract(year FROM d) AS int) FROM y WHERE d IS NOT NULL
                """).query((rs, n) -> rs.getInt(1)).list();
    }

    // ---- agenda ------------------------------------------------------------------------------

    public int nextItemNumber(long meetingId) {
        return jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM decisions_agenda_item WHERE meeting_id = :m")
                .param("m", meetingId)
                .query(Integer.class)
                .single();
    }

    public long addAgendaItem(
            long meetingId,
            int number,
            @Nullable String caseNumber,
            TranslatableText title,
            @Nullable ProposalReference proposal) {
        return jdbc.sql("""
                INSERT INTO decisions_agenda_item (meeting_id, number, case_number, title, proposal_id, proposal_title, proposal_path)
                VALUES (:m, :n, :c, CAST(:t AS jsonb), :p, :pt, :pp) RETURNING id
                """)
                .param("m", meetingId)
                .param("n", number)
                .param("c", caseNumber)
                .param("t", title.toJson())
                .param("p", proposal == null ? null : proposal.id())
                .param("pt", proposal == null ? null : proposal.title())
                .param("pp", proposal == null ? null : proposal.path())
                .query(Long.class)
                .single();
    }

    public void updateAgendaItem(long itemId, @Nullable String caseNumber, TranslatableText title) {
        jdbc.sql("UPDATE decisions_agenda_item SET case_number = :c, title = CAST(:t AS jsonb) WHERE id = :id")
                .param("c", caseNumber)
                .param("t", title.toJson())
                .param("id", itemId)
                .update();
    }

    /** True when a decision or a document refers to the item, so it cannot be removed. */
    public boolean itemInUse(long itemId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM decisions_decision WHERE agenda_item_id = :i)
                    OR EXISTS (SELECT 1 FROM decisions_document WHERE agenda_item_id = :i)
                """).param("i", itemId).query(Boolean.class).single();
    }

    /** Removes the item and moves the later items up one number (through a free range, as the numbers are unique). */
    public void removeAgendaItem(long meetingId, long itemId, int number) {
        jdbc.sql("DELETE FROM decisions_agenda_item WHERE id = :id")
                .param("id", itemId)
                .update();
        jdbc.sql("UPDATE decisions_agenda_item SET number = number + 1000000 WHERE meeting_id = :m AND number > :n")
                .param("m", meetingId)
                .param("n", number)
                .update();
        jdbc.sql(
                        "UPDATE decisions_agenda_item SET number = number - 1000001 WHERE meeting_id = :m AND number > 1000000")
                .param("m", meetingId)
                .update();
    }

    public void touch(long meetingId) {
        jdbc.sql("UPDATE decisions_meeting SET sequence = sequence + 1, updated_at = now() WHERE id = :id")
                .param("id", meetingId)
                .update();
    }

    public List<AgendaItem> agenda(long meetingId) {
        return jdbc.sql("SELECT * FROM decisions_agenda_item WHERE meeting_id = :m ORDER BY number")
                .param("m", meetingId)
                .query(MeetingRepository::item)
                .list();
    }

    public List<AgendaItem> agendaItems(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM decisions_agenda_item WHERE id IN (:ids)")
                .param("ids", ids)
                .query(MeetingRepository::item)
                .list();
    }

    /**
     * Agenda items by newest meeting, in agenda order within a meeting (the negated number makes the
     * ascending number fit a descending key).
     */
    public static final SeekOrder AGENDA = SeekOrder.descending(
            "a.id",
            SeekOrder.key("m.meeting_date", SeekOrder.Type.DATE),
            SeekOrder.key("a.meeting_id", SeekOrder.Type.LONG),
            SeekOrder.key("-a.number", SeekOrder.Type.LONG));

    /** One keyset page of agenda items for the API. */
    public KeysetPage<AgendaItem> agenda(@Nullable Long bodyId, KeysetRequest request) {
        Map<String, Object> params = new HashMap<>();
        params.put("b", bodyId);
        String seek = AGENDA.condition(request, params);
        params.put("fetch", request.fetchSize());
        params.put("skip", request.skip());
        return request.pageOf(jdbc.sql("SELECT a.*, " + AGENDA.columns()
                        + " FROM decisions_agenda_item a JOIN decisions_meeting m ON m.id = a.meeting_id"
                        + " WHERE (CAST(:b AS bigint) IS NULL OR m.body_id = :b) AND " + seek + " ORDER BY "
                        + AGENDA.orderBy(request) + " LIMIT :fetch OFFSET :skip")
                .params(params)
                .query((rs, n) -> new Keyed<>(item(rs, n), AGENDA.position(rs)))
                .list());
    }

    /** How many agenda items, up to {@link CappedCount#CAP}. */
    public CappedCount countAgendaCapped(@Nullable Long bodyId) {
        return CappedCount.of(
                jdbc.sql(CappedCount.sql("decisions_agenda_item a JOIN decisions_meeting m ON m.id = a.meeting_id"
                                + " WHERE (CAST(:b AS bigint) IS NULL OR m.body_id = :b)"))
                        .param("b", bodyId)
                        .query(Long.class)
                        .single());
    }

    public List<Meeting> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM decisions_meeting WHERE id IN (:ids)")
                .param("ids", ids)
                .query(MeetingRepository::meeting)
                .list();
    }

    // ---- documents ---------------------------------------------------------------------------

    public long addDocument(long meetingId, @Nullable Long agendaItemId, UUID fileId, String title, long size) {
        return jdbc.sql("""
                INSERT INTO decisions_document (meeting_id, agenda_item_id, file_id, title, size_bytes)
                VALUES (:m, :a, :f, :t, :s) RETURNING id
                """)
                .param("m", meetingId)
                .param("a", agendaItemId)
                .param("f", fileId)
                .param("t", title)
                .param("s", size)
                .query(Long.class)
                .single();
    }

    public List<MeetingDocument> documents(long meetingId) {
        return jdbc.sql("SELECT * FROM decisions_document WHERE meeting_id = :m ORDER BY id")
                .param("m", meetingId)
                .query((rs, n) -> new MeetingDocument(
                        rs.getLong("id"),
                        rs.getLong("meeting_id"),
                        rs.getObject("agenda_item_id", Long.class),
                        rs.getObject("file_id", UUID.class),
                        rs.getString("title"),
                        rs.getLong("size_bytes")))
                .list();
    }

    public List<MeetingDocument> documentsOf(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM decisions_document WHERE meeting_id IN (:m) ORDER BY id")
                .param("m", meetingIds)
                .query((rs, n) -> new MeetingDocument(
                        rs.getLong("id"),
                        rs.getLong("meeting_id"),
                        rs.getObject("agenda_item_id", Long.class),
                        rs.getObject("file_id", UUID.class),
                        rs.getString("title"),
                        rs.getLong("size_bytes")))
                .list();
    }

    public List<AgendaItem> agendaOf(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM decisions_agenda_item WHERE meeting_id IN (:m) ORDER BY meeting_id, number")
                .param("m", meetingIds)
                .query(MeetingRepository::item)
                .list();
    }

    public boolean hasDocument(long meetingId, UUID fileId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM decisions_document WHERE meeting_id = :m AND file_id = :f)")
                .param("m", meetingId)
                .param("f", fileId)
                .query(Boolean.class)
                .single();
    }

    // ---- overrides ---------------------------------------------------------------------------

    public record Override(Rule rule, String reason, java.time.Instant at) {}

    public void addOverride(long meetingId, Rule rule, String reason, @Nullable Long staffId) {
        jdbc.sql(
                        "INSERT INTO decisions_rule_override (meeting_id, rule, reason, staff_id) VALUES (:m, :r, :reason, :s)")
                .param("m", meetingId)
                .param("r", rule.name())
                .param("reason", reason)
                .param("s", staffId)
                .update();
    }

    public List<Override> overrides(long meetingId) {
        return jdbc.sql("SELECT * FROM decisions_rule_override WHERE meeting_id = :m ORDER BY id")
                .param("m", meetingId)
                .query((rs, n) -> new Override(
                        Rule.valueOf(rs.getString("rule")),
                        rs.getString("reason"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    // ---- mapping -----------------------------------------------------------------------------

    public static Meeting meeting(ResultSet rs, int n) throws SQLException {
        return new Meeting(
                rs.getLong("id"),
                rs.getLong("body_id"),
                rs.getString("body_slug"),
                rs.getString("body_kind"),
                rs.getObject("meeting_date", LocalDate.class),
                rs.getObject("starts_at", LocalTime.class),
                rs.getObject("ends_at", LocalTime.class),
                rs.getString("place"),
                rs.getString("online_link"),
                rs.getBoolean("cancelled"),
                rs.getString("cancel_reason"),
                rs.getObject("notice_posted_on", LocalDate.class),
                rs.getObject("approved_on", LocalDate.class),
                JSON.readValue(rs.getString("approvers"), STRINGS),
                rs.getObject("approval_posted_on", LocalDate.class),
                rs.getObject("minutes_file_id", UUID.class),
                rs.getInt("sequence"),
                rs.getTimestamp("updated_at").toInstant());
    }

    public static AgendaItem item(ResultSet rs, int n) throws SQLException {
        return new AgendaItem(
                rs.getLong("id"),
                rs.getLong("meeting_id"),
                rs.getInt("number"),
                rs.getString("case_number"),
                TranslatableText.fromJson(rs.getString("title")),
                rs.getObject("proposal_id", Long.class),
                rs.getString("proposal_title"),
                rs.getString("proposal_path"));
    }
}
