package se.bygdeportalen.platform.mail.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.bygdeportalen.platform.api.CappedCount;
import se.bygdeportalen.platform.api.KeysetPage;
import se.bygdeportalen.platform.api.KeysetRequest;
import se.bygdeportalen.platform.api.SeekOrder;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.mail.MailAttachment;
import se.bygdeportalen.platform.mail.MailStatus;
import se.bygdeportalen.platform.mail.OutboxMail;
import se.bygdeportalen.platform.mail.OutgoingMail;

/** SQL for the mail outbox. */
@Repository
public class MailOutboxRepository {

    private final JdbcClient jdbc;

    public MailOutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(OutgoingMail mail, Instant now) {
        return jdbc.sql("""
                INSERT INTO mail_outbox (created_at, category, recipient, recipient_name, subject, body_text, body_html, lang,
                                         unsubscribe_url, next_attempt_at)
                VALUES (:now, :category, :recipient, :name, :subject, :text, :html, :lang, :unsubscribe, :now)
                RETURNING id
                """)
                .param("now", at(now))
                .param("category", mail.category())
                .param("recipient", mail.recipient())
                .param("name", mail.recipientName())
                .param("subject", mail.subject())
                .param("text", mail.bodyText())
                .param("html", mail.bodyHtml())
                .param("lang", mail.lang().code())
                .param("unsubscribe", mail.unsubscribeUrl())
                .query(Long.class)
                .single();
    }

    /**
     * Claims up to {@code limit} due mails for one sender, in one statement: SKIP LOCKED lets
     * concurrent senders take disjoint rows without waiting, and moving next_attempt_at to
     * {@code claimedUntil} keeps the rows away from every other sender until then.
     */
    public List<OutboxMail> claimDue(Instant now, Instant claimedUntil, int limit) {
        return jdbc
                .sql("""
                UPDATE mail_outbox SET next_attempt_at = :until
                WHERE id IN (SELECT id FROM mail_outbox
                             WHERE status = 'PENDING' AND next_attempt_at <= :now
                             ORDER BY next_attempt_at, id
                             LIMIT :limit
                             FOR UPDATE SKIP LOCKED)
                RETURNING *
                """)
                .param("now", at(now))
                .param("until", at(claimedUntil))
                .param("limit", limit)
                .query(MailOutboxRepository::map)
                .list()
                .stream()
                .sorted(Comparator.comparingLong(OutboxMail::id))
                .toList();
    }

    public void markSent(long id, String transport, Instant now) {
        jdbc.sql("""
                UPDATE mail_outbox SET status = 'SENT', transport = :transport, sent_at = :now, last_attempt_at = :now,
                                       attempts = attempts + 1, next_attempt_at = NULL
                WHERE id = :id AND status = 'PENDING'
                """)
                .param("transport", transport)
                .param("now", at(now))
                .param("id", id)
                .update();
    }

    /** Records a failed attempt: due again at {@code nextAttempt}, or given up when that is null. */
    public void markFailed(long id, int attempts, String error, Instant now, @Nullable Instant nextAttempt) {
        jdbc.sql("""
                UPDATE mail_outbox SET status = :status, attempts = :attempts, last_attempt_at = :now, next_attempt_at = :next,
                                       last_error = :error
                WHERE id = :id AND status = 'PENDING'
                """)
                .param("status", nextAttempt == null ? MailStatus.FAILED.name() : MailStatus.PENDING.name())
                .param("attempts", attempts)
                .param("now", at(now))
                .param("next", nextAttempt == null ? null : at(nextAttempt))
                .param("error", error)
                .param("id", id)
                .update();
    }

    /** Hands claimed mails back unattempted, so any sender may take them at once. */
    public void release(Collection<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE mail_outbox SET next_attempt_at = :now WHERE id IN (:ids) AND status = 'PENDING'")
                .param("now", at(now))
                .param("ids", ids)
                .update();
    }

    /** Queues a given-up mail again with a fresh set of attempts; false when it is not (or no longer) failed. */
    public boolean retry(long id, Instant now) {
        return jdbc.sql("""
                UPDATE mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = :now
                WHERE id = :id AND status = 'FAILED'
                """).param("now", at(now)).param("id", id).update() == 1;
    }

    /** Deletes sent and given-up mail whose last attempt is older than {@code before}. */
    public int purge(Instant before) {
        return jdbc.sql("DELETE FROM mail_outbox WHERE status IN ('SENT', 'FAILED') AND last_attempt_at < :before")
                .param("before", at(before))
                .update();
    }

    /** Mail to any of these addresses (compared in lower case), oldest first, without attachments' content. */
    public List<Map<String, @Nullable Object>> exportTo(Collection<String> addresses) {
        if (addresses.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT created_at, recipient, recipient_name, subject, body_text, status, sent_at
                FROM mail_outbox WHERE lower(recipient) IN (:addresses) ORDER BY id
                """).param("addresses", addresses).query().listOfRows();
    }

    /** Deletes all mail to any of these addresses, pending mail too; attachments go with it. */
    public int deleteTo(Collection<String> addresses) {
        if (addresses.isEmpty()) {
            return 0;
        }
        return jdbc.sql("DELETE FROM mail_outbox WHERE lower(recipient) IN (:addresses)")
                .param("addresses", addresses)
                .update();
    }

    public Optional<OutboxMail> byId(long id) {
        return jdbc.sql("SELECT * FROM mail_outbox WHERE id = :id")
                .param("id", id)
                .query(MailOutboxRepository::map)
                .optional();
    }

    /**
     * How much mail there is of each status, each counted up to {@link CappedCount#CAP} (one statement,
     * reading at most that many rows per status). Given-up mail is counted as {@link #failed} lists it.
     */
    public Map<MailStatus, CappedCount> countByStatus() {
        StringJoiner counts = new StringJoiner(", ", "SELECT ", "");
        for (MailStatus status : MailStatus.values()) {
            String where = status == MailStatus.FAILED ? FAILED : "status = '" + status.name() + "'";
            counts.add("(" + CappedCount.sql("mail_outbox WHERE " + where) + ") AS " + status.name());
        }
        return jdbc.sql(counts.toString())
                .query((rs, row) -> {
                    Map<MailStatus, CappedCount> result = new EnumMap<>(MailStatus.class);
                    for (MailStatus status : MailStatus.values()) {
                        result.put(status, CappedCount.of(rs.getLong(status.name())));
                    }
                    return result;
                })
                .single();
    }

    /**
     * Given-up mail, the latest attempt first (the index mail_outbox_failed_idx). Giving up records the
     * attempt's time, so every such row has one; the condition says so for the seek order's sake.
     */
    public static final SeekOrder LAST_ATTEMPT_FIRST =
            SeekOrder.descending("id", SeekOrder.key("last_attempt_at", SeekOrder.Type.INSTANT));

    private static final String FAILED = "status = 'FAILED' AND last_attempt_at IS NOT NULL";

    /** One keyset page of given-up mail, in {@link #LAST_ATTEMPT_FIRST}. */
    public KeysetPage<OutboxMail> failed(KeysetRequest request) {
        return LAST_ATTEMPT_FIRST.page(jdbc, "mail_outbox", FAILED, Map.of(), request, MailOutboxRepository::map);
    }

    /**
     * The demo inbox, the latest sent first (the index mail_outbox_demo_idx). Only sending sets the
     * transport, together with the time it was sent; the condition says so for the seek order's sake.
     */
    public static final SeekOrder SENT_LAST_FIRST =
            SeekOrder.descending("id", SeekOrder.key("sent_at", SeekOrder.Type.INSTANT));

    private static final String DEMO_INBOX = "transport = 'demo' AND sent_at IS NOT NULL";

    /** One keyset page of the demo inbox, in {@link #SENT_LAST_FIRST}. */
    public KeysetPage<OutboxMail> demoInbox(KeysetRequest request) {
        return SENT_LAST_FIRST.page(jdbc, "mail_outbox", DEMO_INBOX, Map.of(), request, MailOutboxRepository::map);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static OutboxMail map(ResultSet rs, int row) throws SQLException {
        return new OutboxMail(
                rs.getLong("id"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("category"),
                rs.getString("recipient"),
                rs.getString("recipient_name"),
                rs.getString("subject"),
                rs.getString("body_text"),
                rs.getString("body_html"),
                Lang.fromCode(rs.getString("lang")).orElseThrow(),
                rs.getString("unsubscribe_url"),
                MailStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")),
                instant(rs.getTimestamp("last_attempt_at")),
                rs.getString("last_error"),
                rs.getString("transport"),
                instant(rs.getTimestamp("sent_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    public void insertAttachment(long mailId, int position, MailAttachment attachment) {
        jdbc.sql(
                        "INSERT INTO mail_outbox_attachment (mail_id, position, file_name, content_type, content) VALUES (:m, :p, :n, :t, :c)")
                .param("m", mailId)
                .param("p", position)
                .param("n", attachment.fileName())
                .param("t", attachment.contentType())
                .param("c", attachment.content())
                .update();
    }

    public List<MailAttachment> attachments(long mailId) {
        return jdbc.sql(
                        "SELECT file_name, content_type, content FROM mail_outbox_attachment WHERE mail_id = :m ORDER BY position")
                .param("m", mailId)
                .query((rs, n) -> new MailAttachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .list();
    }

    public Optional<MailAttachment> attachment(long mailId, int position) {
        return jdbc.sql(
                        "SELECT file_name, content_type, content FROM mail_outbox_attachment WHERE mail_id = :m AND position = :p")
                .param("m", mailId)
                .param("p", position)
                .query((rs, n) -> new MailAttachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    /** Names and sizes of the attachments of several mails, in one query. */
    public Map<Long, List<MailAttachment.Info>> attachmentInfo(java.util.Collection<Long> mailIds) {
        if (mailIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                SELECT mail_id, position, file_name, content_type, octet_length(content) AS size
                FROM mail_outbox_attachment WHERE mail_id IN (:ids) ORDER BY mail_id, position
                """)
                .param("ids", mailIds)
                .query((rs, n) -> new MailAttachment.Info(
                        rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        MailAttachment.Info::mailId,
                        java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.toList()));
    }
}
