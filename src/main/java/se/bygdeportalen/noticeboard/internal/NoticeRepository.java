package se.bygdeportalen.noticeboard.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.bygdeportalen.noticeboard.Kind;
import se.bygdeportalen.noticeboard.NewNotice;
import se.bygdeportalen.platform.api.CappedCount;
import se.bygdeportalen.platform.api.KeysetPage;
import se.bygdeportalen.platform.api.KeysetRequest;
import se.bygdeportalen.platform.api.SeekOrder;
import se.bygdeportalen.platform.i18n.TranslatableText;

/** SQL for notices; every page reads them with one bounded query. */
@Repository
public class NoticeRepository {

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewNotice n, NoticeRules.Period period) {
        return jdbc.sql("""
                INSERT INTO noticeboard_notice (kind, source_module, source_ref, title, summary, body_slug, posted_on, event_date,
                                                take_down_on, last_day_to_appeal, path)
                VALUES (:kind, :module, :ref, CAST(:title AS jsonb), CAST(:summary AS jsonb), :body, :posted, :event, :down, :appeal, :path)
                RETURNING id
                """)
                .param("kind", n.kind().name())
                .param("module", n.sourceModule())
                .param("ref", n.sourceRef())
                .param("title", n.title().toJson())
                .param("summary", n.summary() == null ? null : n.summary().toJson())
                .param("body", n.bodySlug())
                .param("posted", date(n.postedOn()))
                .param("event", date(n.eventDate()))
                .param("down", date(period.takeDownOn()))
                .param("appeal", date(period.lastDayToAppeal()))
                .param("path", n.path())
                .query(Long.class)
                .single();
    }

    public Optional<Notice> byId(long id) {
        return jdbc.sql("SELECT * FROM noticeboard_notice WHERE id = :id")
                .param("id", id)
                .query(NoticeRepository::map)
                .optional();
    }

    public Optional<Notice> liveBySource(String module, String ref) {
        return jdbc.sql(
                        "SELECT * FROM noticeboard_notice WHERE source_module = :m AND source_ref = :r AND withdrawn_at IS NULL")
                .param("m", module)
                .param("r", ref)
                .query(NoticeRepository::map)
                .optional();
    }

    /** What is on the board on a day, newest first; the date filter holds even if the archiving task is late. */
    public List<Notice> current(LocalDate today, int limit) {
        return jdbc.sql("""
                SELECT * FROM noticeboard_notice
                WHERE withdrawn_at IS NULL AND posted_on <= :today AND take_down_on > :today
                ORDER BY posted_on DESC, id DESC LIMIT :limit
                """)
                .param("today", date(today))
                .param("limit", limit)
                .query(NoticeRepository::map)
                .list();
    }

    /** The archive's order: newest posted first. */
    public static final SeekOrder ARCHIVE = SeekOrder.descending("id", SeekOrder.key("posted_on", SeekOrder.Type.DATE));

    /** No longer on the board; a year is a date range, so the archive index serves it. */
    private static final String ARCHIVED = """
            (withdrawn_at IS NOT NULL OR take_down_on <= :today)
              AND (CAST(:body AS text) IS NULL OR body_slug = :body)
              AND (CAST(:year AS int) IS NULL OR (posted_on >= make_date(CAST(:year AS int), 1, 1)
                                                 AND posted_on < make_date(CAST(:year AS int) + 1, 1, 1)))""";

    /** Notices no longer on the board (taken down or withdrawn), newest first: one keyset page. */
    public KeysetPage<Notice> archive(
            LocalDate today, @Nullable String bodySlug, @Nullable Integer year, KeysetRequest request) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", date(today));
        params.put("body", bodySlug);
        params.put("year", year);
        return ARCHIVE.page(jdbc, "noticeboard_notice", ARCHIVED, params, request, NoticeRepository::map);
    }

    /** How many archived notices, up to {@link CappedCount#CAP}. */
    public CappedCount countArchive(LocalDate today, @Nullable String bodySlug, @Nullable Integer year) {
        return CappedCount.of(jdbc.sql(CappedCount.sql("noticeboard_notice WHERE " + ARCHIVED))
                .param("today", date(today))
                .param("body", bodySlug)
                .param("year", year)
                .query(Long.class)
                .single());
    }

    /** Years with notices, newest first: a skip scan over the archive index, one probe per year. */
    public List<Integer> archiveYears() {
        return jdbc.sql("""
                WITH RECURSIVE y(d) AS (
                    (SELECT posted_on FROM noticeboard_notice ORDER BY posted_on DESC LIMIT 1)
                    UNION ALL
                    SELECT (SELECT n.posted_on FROM noticeboard_notice n
                            WHERE n.posted_on < date_trunc('year', y.d)::date ORDER BY n.posted_on DESC LIMIT 1)
                    FROM y WHERE y.d IS NOT NULL
                )
                SELECT CAST(extract(year FROM d) AS int) FROM y WHERE d IS NOT NULL
                """).query((rs, n) -> rs.getInt(1)).list();
    }

    /** Staff list: current and coming notices plus the latest taken down, newest first. */
    public List<Notice> recent(int limit) {
        return jdbc.sql("SELECT * FROM noticeboard_notice ORDER BY posted_on DESC, id DESC LIMIT :limit")
                .param("limit", limit)
                .query(NoticeRepository::map)
                .list();
    }

    public int withdraw(long id, String reason) {
        return jdbc.sql(
                        "UPDATE noticeboard_notice SET withdrawn_at = now(), withdrawn_reason = :r WHERE id = :id AND withdrawn_at IS NULL")
                .param("r", reason)
                .param("id", id)
                .update();
    }

    /** Marks notices whose period has ended as archived; returns how many. */
    public int archiveEnded(LocalDate today) {
        return jdbc.sql(
                        "UPDATE noticeboard_notice SET archived = true WHERE NOT archived AND (take_down_on <= :today OR withdrawn_at IS NOT NULL)")
                .param("today", date(today))
                .update();
    }

    private static Notice map(ResultSet rs, int n) throws SQLException {
        String summary = rs.getString("summary");
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new Notice(
                rs.getLong("id"),
                Kind.valueOf(rs.getString("kind")),
                rs.getString("source_module"),
                rs.getString("source_ref"),
                TranslatableText.fromJson(rs.getString("title")),
                summary == null ? null : TranslatableText.fromJson(summary),
                rs.getString("body_slug"),
                rs.getDate("posted_on").toLocalDate(),
                local(rs.getDate("event_date")),
                rs.getDate("take_down_on").toLocalDate(),
                local(rs.getDate("last_day_to_appeal")),
                rs.getString("path"),
                withdrawn == null ? null : withdrawn.toInstant(),
                rs.getString("withdrawn_reason"));
    }

    private static @Nullable Date date(@Nullable LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static @Nullable LocalDate local(@Nullable Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
