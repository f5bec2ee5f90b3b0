package se.bygdeportalen.proposals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.bygdeportalen.platform.i18n.Lang;

/** SQL for the proposals module's own tables. */
@Repository
public class ProposalRepository {

    public static final RowMapper<Proposal> PROPOSAL = (rs, n) -> new Proposal(
            rs.getLong("id"),
            ProposalStatus.valueOf(rs.getString("status")),
            ProposalChannel.valueOf(rs.getString("channel")),
            Lang.fromCode(rs.getString("language")).orElse(Lang.SV),
            rs.getString("title"),
            rs.getString("body"),
            rs.getString("category"),
            rs.getString("village_slug"),
            rs.getObject("resident_id", Long.class),
            rs.getString("proposer_name"),
            rs.getString("proposer_email"),
            rs.getString("proposer_address"),
            rs.getString("proposer_phone"),
            rs.getString("submitter_sex"),
            rs.getString("submitter_age_band"),
            rs.getString("case_number"),
            rs.getObject("case_year", Integer.class),
            rs.getObject("case_seq", Integer.class),
            rs.getString("amendment_request"),
            rs.getString("decline_reason"),
            requiredInstant(rs, "created_at"),
            requiredInstant(rs, "updated_at"),
            instant(rs, "submitted_at"),
            instant(rs, "published_at"),
            instant(rs, "support_ends_at"),
            instant(rs, "support_threshold_reached_at"),
            rs.getInt("support_count"),
            instant(rs, "referred_at"),
            rs.getString("referred_body_slug"),
            rs.getObject("deadline", LocalDate.class),
            instant(rs, "answered_at"),
            rs.getObject("answer_decided_on", LocalDate.class),
            rs.getString("answer_body_slug"),
            rs.getString("answer_outcome"),
            rs.getString("answer_text"),
            rs.getObject("answer_decision_id", Long.class),
            rs.getString("answer_decision_path"),
            rs.getBoolean("hidden"),
            rs.getString("hidden_reason"),
            instant(rs, "residency_checked_at"),
            rs.getObject("registered_by", Long.class));

    public static final RowMapper<ProposalAttachment> ATTACHMENT = (rs, n) -> new ProposalAttachment(
            rs.getLong("id"),
            rs.getObject("token", UUID.class),
            rs.getLong("proposal_id"),
            rs.getObject("file_id", UUID.class),
            rs.getString("original_name"),
            rs.getString("content_type"),
            rs.getLong("size_bytes"),
            rs.getBoolean("hidden"));

    public static final RowMapper<TimelineEntry> EVENT = (rs, n) -> new TimelineEntry(
            rs.getLong("id"),
            ProposalEventKind.valueOf(rs.getString("kind")),
            requiredInstant(rs, "occurred_at"),
            rs.getBoolean("public"),
            rs.getString("text"),
            rs.getString("body_slug"),
            rs.getObject("decision_id", Long.class),
            rs.getString("decision_title"),
            rs.getString("decision_path"),
            rs.getObject("decided_on", LocalDate.class));

    private final JdbcClient jdbc;

    ProposalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A NOT NULL timestamp column. */
    public static Instant requiredInstant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static @Nullable Timestamp ts(@Nullable Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    // ---- proposals

    public record NewProposal(
            ProposalStatus status,
            ProposalChannel channel,
            Lang language,
            String title,
            String body,
            @Nullable String category,
            @Nullable String villageSlug,
            @Nullable Long residentId,
            String proposerName,
            @Nullable String proposerEmail,
            @Nullable String proposerAddress,
            @Nullable String proposerPhone,
            @Nullable UUID idempotencyKey,
            @Nullable Long registeredBy,
            Instant now) {}

    public long insert(NewProposal p) {
        return jdbc.sql("""
                INSERT INTO proposal (status, channel, language, title, body, category, village_slug, resident_id, proposer_name,
                                      proposer_email, proposer_address, proposer_phone, idempotency_key, registered_by, created_at, updated_at)
                VALUES (:status, :channel, :language, :title, :body, :category, :village, :resident, :name,
                        :email, :address, :phone, :key, :registeredBy, :now, :now)
                RETURNING id
                """)
                .param("status", p.status().name())
                .param("channel", p.channel().name())
                .param("language", p.language().code())
                .param("title", p.title())
                .param("body", p.body())
                .param("category", p.category())
                .param("village", p.villageSlug())
                .param("resident", p.residentId())
                .param("name", p.proposerName())
                .param("email", p.proposerEmail())
                .param("address", p.proposerAddress())
                .param("phone", p.proposerPhone())
                .param("key", p.idempotencyKey())
                .param("registeredBy", p.registeredBy())
                .param("now", ts(p.now()))
                .query(Long.class)
                .single();
    }

    public Optional<Proposal> byId(long id) {
        return jdbc.sql("SELECT * FROM proposal WHERE id = :id")
                .param("id", id)
                .query(PROPOSAL)
                .optional();
    }

    /** Locks the row for the rest of the transaction, so two staff actions on one proposal run one after the other. */
    public Optional<Proposal> lock(long id) {
        return jdbc.sql("SELECT * FROM proposal WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(PROPOSAL)
                .optional();
    }

    public Optional<Proposal> byNumber(int year, int seq) {
        return jdbc.sql("SELECT * FROM proposal WHERE case_year = :y AND case_seq = :s")
                .param("y", year)
                .param("s", seq)
                .query(PROPOSAL)
                .optional();
    }

    public Optional<Proposal> byCaseNumber(String caseNumber) {
        return jdbc.sql("SELECT * FROM proposal WHERE case_number = :c")
                .param("c", caseNumber)
                .query(PROPOSAL)
                .optional();
    }

    public Optional<Proposal> byIdempotencyKey(UUID key) {
        return jdbc.sql("SELECT * FROM proposal WHERE idempotency_key = :k")
                .param("k", key)
                .query(PROPOSAL)
                .optional();
    }

    public Optional<Proposal> byTokenHash(String column, String hash) {
        if (!List.of("confirmation_token_hash", "receipt_token_hash", "edit_token_hash")
                .contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("SELECT * FROM proposal WHERE " + column + " = :h")
                .param("h", hash)
                .query(PROPOSAL)
                .optional();
    }

    public List<Proposal> byResident(long residentId) {
        return jdbc.sql("SELECT * FROM proposal WHERE resident_id = :r ORDER BY updated_at DESC, id DESC LIMIT 100")
                .param("r", residentId)
                .query(PROPOSAL)
                .list();
    }

    public List<Proposal> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM proposal WHERE id IN (:ids) ORDER BY coalesce(submitted_at, created_at), id")
                .param("ids", ids)
                .query(PROPOSAL)
                .list();
    }

    public List<Proposal> byStatuses(List<String> statuses, int limit) {
        return jdbc.sql(
                        "SELECT * FROM proposal WHERE status IN (:s) ORDER BY coalesce(submitted_at, created_at), id LIMIT :limit")
                .param("s", statuses)
                .param("limit", limit)
                .query(PROPOSAL)
                .list();
    }

    public List<Proposal> referredDueBy(LocalDate day, int limit) {
        return jdbc.sql(
                        "SELECT * FROM proposal WHERE status = 'REFERRED' AND deadline <= :d ORDER BY deadline, id LIMIT :limit")
                .param("d", day)
                .param("limit", limit)
                .query(PROPOSAL)
                .list();
    }

    public int countReferredDueBy(LocalDate day) {
        return jdbc.sql("SELECT count(*) FROM proposal WHERE status = 'REFERRED' AND deadline <= :d")
                .param("d", day)
                .query(Integer.class)
                .single();
    }

    public void updateContent(
            long id,
            Lang language,
            String title,
            String body,
            @Nullable String category,
            @Nullable String village,
            @Nullable String email,
            @Nullable String phone,
            Instant now) {
        jdbc.sql("""
                UPDATE proposal SET language = :language, title = :title, body = :body, category = :category, village_slug = :village,
                                    proposer_email = :email, proposer_phone = :phone, updated_at = :now
                WHERE id = :id
                """)
                .param("id", id)
                .param("language", language.code())
                .param("title", title)
                .param("body", body)
                .param("category", category)
                .param("village", village)
                .param("email", email)
                .param("phone", phone)
                .param("now", ts(now))
                .update();
    }

    /** Moderator's redaction: only the public text changes. */
    public void redact(long id, String title, String body, Instant now) {
        jdbc.sql("UPDATE proposal SET title = :t, body = :b, updated_at = :now WHERE id = :id")
                .param("id", id)
                .param("t", title)
                .param("b", body)
                .param("now", ts(now))
                .update();
    }

    public void setStatus(long id, ProposalStatus status, Instant now) {
        jdbc.sql("UPDATE proposal SET status = :s, updated_at = :now WHERE id = :id")
                .param("id", id)
                .param("s", status.name())
                .param("now", ts(now))
                .update();
    }

    public void registered(
            long id,
            String caseNumber,
            int year,
            int seq,
            Instant submittedAt,
            @Nullable LocalDate deadline,
            @Nullable String sex,
            @Nullable String ageBand,
            @Nullable String receiptTokenHash) {
        jdbc.sql("""
                UPDATE proposal SET status = 'SUBMITTED', case_number = :c, case_year = :y, case_seq = :s, submitted_at = :at,
                                    updated_at = :at, deadline = :deadline, submitter_sex = :sex, submitter_age_band = :age,
                                    receipt_token_hash = :receipt, confirmation_token_hash = NULL, confirmation_expires_at = NULL
                WHERE id = :id
                """)
                .param("id", id)
                .param("c", caseNumber)
                .param("y", year)
                .param("s", seq)
                .param("at", ts(submittedAt))
                .param("deadline", deadline)
                .param("sex", sex)
                .param("age", ageBand)
                .param("receipt", receiptTokenHash)
                .update();
    }

    public void awaitConfirmation(long id, String tokenHash, Instant expires) {
        jdbc.sql("UPDATE proposal SET confirmation_token_hash = :h, confirmation_expires_at = :e WHERE id = :id")
                .param("id", id)
                .param("h", tokenHash)
                .param("e", ts(expires))
                .update();
    }

    public Optional<Instant> confirmationExpiry(long id) {
        return jdbc.sql("SELECT confirmation_expires_at FROM proposal WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> instant(rs, "confirmation_expires_at"))
                .optional();
    }

    public void amendmentRequested(long id, String message, @Nullable String editTokenHash, Instant now) {
        jdbc.sql(
                        "UPDATE proposal SET status = 'AMENDMENT_REQUESTED', amendment_request = :m, edit_token_hash = :h, updated_at = :now WHERE id = :id")
                .param("id", id)
                .param("m", message)
                .param("h", editTokenHash)
                .param("now", ts(now))
                .update();
    }

    public void resubmitted(long id, Instant now) {
        jdbc.sql("UPDATE proposal SET status = 'SUBMITTED', edit_token_hash = NULL, updated_at = :now WHERE id = :id")
                .param("id", id)
                .param("now", ts(now))
                .update();
    }

    public void residencyChecked(long id, Instant now) {
        jdbc.sql("UPDATE proposal SET residency_checked_at = :now, updated_at = :now WHERE id = :id")
                .param("id", id)
                .param("now", ts(now))
                .update();
    }

    public void declined(long id, String reason, Instant now) {
        jdbc.sql("UPDATE proposal SET status = 'DECLINED', decline_reason = :r, updated_at = :now WHERE id = :id")
                .param("id", id)
                .param("r", reason)
                .param("now", ts(now))
                .update();
    }

    public void published(long id, Instant now, @Nullable Instant supportEndsAt) {
        jdbc.sql(
                        "UPDATE proposal SET status = 'PUBLISHED', published_at = :now, support_ends_at = :ends, updated_at = :now WHERE id = :id")
                .param("id", id)
                .param("now", ts(now))
                .param("ends", ts(supportEndsAt))
                .update();
    }

    public void referred(long id, long bodyId, String bodySlug, LocalDate deadline, Instant now) {
        jdbc.sql("""
                UPDATE proposal SET status = 'REFERRED', referred_at = :now, referred_body_id = :b, referred_body_slug = :slug,
                                    deadline = :d, updated_at = :now WHERE id = :id
                """)
                .param("id", id)
                .param("now", ts(now))
                .param("b", bodyId)
                .param("slug", bodySlug)
                .param("d", deadline)
                .update();
    }

    public void answered(
            long id,
            LocalDate decidedOn,
            String bodySlug,
            String outcome,
            @Nullable String text,
            @Nullable Long decisionId,
            @Nullable String decisionPath,
            Instant now) {
        jdbc.sql("""
                UPDATE proposal SET status = 'ANSWERED', answered_at = :now, answer_decided_on = :d, answer_body_slug = :b,
                                    answer_outcome = :o, answer_text = :t, answer_decision_id = :did, answer_decision_path = :dp,
                                    updated_at = :now WHERE id = :id
                """)
                .param("id", id)
                .param("now", ts(now))
                .param("d", decidedOn)
                .param("b", bodySlug)
                .param("o", outcome)
                .param("t", text)
                .param("did", decisionId)
                .param("dp", decisionPath)
                .update();
    }

    public void hidden(long id, boolean hidden, @Nullable String reason, Instant now) {
        jdbc.sql("UPDATE proposal SET hidden = :h, hidden_reason = :r, updated_at = :now WHERE id = :id")
                .param("id", id)
                .param("h", hidden)
                .param("r", reason)
                .param("now", ts(now))
                .update();
    }

    /** Adds one to the denormalized count and returns the new count. */
    public int incrementSupport(long id) {
        return jdbc.sql("UPDATE proposal SET support_count = support_count + 1 WHERE id = :id RETURNING support_count")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    /** Marks the threshold once; true only for the call that marked it. */
    public boolean markThresholdReached(long id, Instant now) {
        return jdbc.sql(
                                "UPDATE proposal SET support_threshold_reached_at = :now WHERE id = :id AND support_threshold_reached_at IS NULL")
                        .param("id", id)
                        .param("now", ts(now))
                        .update()
                == 1;
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM proposal WHERE id = :id").param("id", id).update();
    }

    // ---- attachments

    public long addAttachment(long proposalId, UUID fileId, String name, String contentType, long size) {
        return jdbc.sql("""
                INSERT INTO proposal_attachment (proposal_id, file_id, original_name, content_type, size_bytes)
                VALUES (:p, :f, :n, :t, :s) RETURNING id
                """)
                .param("p", proposalId)
                .param("f", fileId)
                .param("n", name)
                .param("t", contentType)
                .param("s", size)
                .query(Long.class)
                .single();
    }

    public List<ProposalAttachment> attachments(long proposalId) {
        return jdbc.sql("SELECT * FROM proposal_attachment WHERE proposal_id = :p ORDER BY id")
                .param("p", proposalId)
                .query(ATTACHMENT)
                .list();
    }

    public int attachmentCount(long proposalId) {
        return jdbc.sql("SELECT count(*) FROM proposal_attachment WHERE proposal_id = :p")
                .param("p", proposalId)
                .query(Integer.class)
                .single();
    }

    /** The attachment with this token, if it belongs to this proposal. */
    public Optional<ProposalAttachment> attachment(long proposalId, UUID token) {
        return jdbc.sql("SELECT * FROM proposal_attachment WHERE proposal_id = :p AND token = :token")
                .param("p", proposalId)
                .param("token", token)
                .query(ATTACHMENT)
                .optional();
    }

    public void removeAttachment(long attachmentId) {
        jdbc.sql("DELETE FROM proposal_attachment WHERE id = :id")
                .param("id", attachmentId)
                .update();
    }

    public void hideAttachment(long attachmentId, boolean hidden) {
        jdbc.sql("UPDATE proposal_attachment SET hidden = :h WHERE id = :id")
                .param("id", attachmentId)
                .param("h", hidden)
                .update();
    }

    // ---- timeline

    public record NewEvent(
            ProposalEventKind kind,
            boolean isPublic,
            @Nullable String text,
            @Nullable String bodySlug,
            @Nullable Long decisionId,
            @Nullable String decisionTitle,
            @Nullable String decisionPath,
            @Nullable LocalDate decidedOn,
            @Nullable Long staffId) {
        public static NewEvent of(ProposalEventKind kind, @Nullable String text, @Nullable Long staffId) {
            return new NewEvent(kind, kind.publicByDefault, text, null, null, null, null, null, staffId);
        }
    }

    public long addEvent(long proposalId, NewEvent e, Instant at) {
        return jdbc.sql("""
                INSERT INTO proposal_event (proposal_id, kind, occurred_at, public, text, body_slug, decision_id, decision_title,
                                            decision_path, decided_on, staff_id)
                VALUES (:p, :k, :at, :pub, :text, :body, :did, :dt, :dp, :don, :staff)
                ON CONFLICT (proposal_id, decision_id) DO NOTHING
                RETURNING id
                """)
                .param("p", proposalId)
                .param("k", e.kind().name())
                .param("at", ts(at))
                .param("pub", e.isPublic())
                .param("text", e.text())
                .param("body", e.bodySlug())
                .param("did", e.decisionId())
                .param("dt", e.decisionTitle())
                .param("dp", e.decisionPath())
                .param("don", e.decidedOn())
                .param("staff", e.staffId())
                .query(Long.class)
                .optional()
                .orElse(-1L);
    }

    public List<TimelineEntry> timeline(long proposalId, boolean publicOnly) {
        return jdbc.sql("SELECT * FROM proposal_event WHERE proposal_id = :p" + (publicOnly ? " AND public" : "")
                        + " ORDER BY occurred_at, id LIMIT 500")
                .param("p", proposalId)
                .query(EVENT)
                .list();
    }

    public List<TimelineEntry> linkedDecisions(long proposalId) {
        return jdbc.sql(
                        "SELECT * FROM proposal_event WHERE proposal_id = :p AND kind = 'DECISION_LINKED' ORDER BY occurred_at DESC, id DESC")
                .param("p", proposalId)
                .query(EVENT)
                .list();
    }

    // ---- supports

    /** True when this resident had not supported the proposal before. */
    public boolean addSupport(long proposalId, long residentId, Instant at) {
        return jdbc.sql(
                                "INSERT INTO proposal_support (proposal_id, resident_id, created_at) VALUES (:p, :r, :at) ON CONFLICT DO NOTHING")
                        .param("p", proposalId)
                        .param("r", residentId)
                        .param("at", ts(at))
                        .update()
                == 1;
    }

    public boolean hasSupported(long proposalId, long residentId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM proposal_support WHERE proposal_id = :p AND resident_id = :r)")
                .param("p", proposalId)
                .param("r", residentId)
                .query(Boolean.class)
                .single();
    }

    // ---- subscriptions

    public record Subscription(
            long id,
            long proposalId,
            String role,
            String email,
            Lang language,
            @Nullable Long residentId,
            boolean active) {}

    /** Adds or reactivates a subscription; returns false when an active one already existed. */
    public boolean subscribe(
            long proposalId, String role, String email, Lang language, @Nullable Long residentId, String tokenHash) {
        return jdbc.sql("""
                INSERT INTO proposal_subscription (proposal_id, role, email, language, resident_id, unsubscribe_token_hash)
                VALUES (:p, :role, :email, :lang, :r, :h)
                ON CONFLICT (proposal_id, email) DO UPDATE SET active = true, language = EXCLUDED.language,
                    unsubscribe_token_hash = EXCLUDED.unsubscribe_token_hash
                WHERE NOT proposal_subscription.active
                """)
                        .param("p", proposalId)
                        .param("role", role)
                        .param("email", email)
                        .param("lang", language.code())
                        .param("r", residentId)
                        .param("h", tokenHash)
                        .update()
                == 1;
    }

    public void replaceProposerEmail(long proposalId, @Nullable String email, Lang language, String tokenHash) {
        jdbc.sql("DELETE FROM proposal_subscription WHERE proposal_id = :p AND role = 'PROPOSER'")
                .param("p", proposalId)
                .update();
        if (email != null) {
            subscribe(proposalId, "PROPOSER", email, language, null, tokenHash);
        }
    }

    public List<Subscription> activeSubscriptions(long proposalId) {
        return jdbc.sql("SELECT * FROM proposal_subscription WHERE proposal_id = :p AND active ORDER BY id")
                .param("p", proposalId)
                .query((rs, n) -> new Subscription(
                        rs.getLong("id"),
                        rs.getLong("proposal_id"),
                        rs.getString("role"),
                        rs.getString("email"),
                        Lang.fromCode(rs.getString("language")).orElse(Lang.SV),
                        rs.getObject("resident_id", Long.class),
                        rs.getBoolean("active")))
                .list();
    }

    /** Re-keys a subscription's unsubscribe token (the raw token goes in the next mail). */
    public void rekey(long subscriptionId, String tokenHash) {
        jdbc.sql("UPDATE proposal_subscription SET unsubscribe_token_hash = :h WHERE id = :id")
                .param("id", subscriptionId)
                .param("h", tokenHash)
                .update();
    }

    public Optional<Subscription> subscriptionByToken(String tokenHash) {
        return jdbc.sql("SELECT * FROM proposal_subscription WHERE unsubscribe_token_hash = :h")
                .param("h", tokenHash)
                .query((rs, n) -> new Subscription(
                        rs.getLong("id"),
                        rs.getLong("proposal_id"),
                        rs.getString("role"),
                        rs.getString("email"),
                        Lang.fromCode(rs.getString("language")).orElse(Lang.SV),
                        rs.getObject("resident_id", Long.class),
                        rs.getBoolean("active")))
                .optional();
    }

    public void unsubscribe(long subscriptionId) {
        jdbc.sql("UPDATE proposal_subscription SET active = false WHERE id = :id")
                .param("id", subscriptionId)
                .update();
    }

    public boolean residentFollows(long proposalId, long residentId) {
        return jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM proposal_subscription WHERE proposal_id = :p AND resident_id = :r AND active AND role = 'FOLLOWER')")
                .param("p", proposalId)
                .param("r", residentId)
                .query(Boolean.class)
                .single();
    }

    // ---- reports

    public long addReport(
            long proposalId, @Nullable Long attachmentId, String reason, @Nullable String message, Instant at) {
        return jdbc.sql(
                        "INSERT INTO proposal_report (proposal_id, attachment_id, reason, message, created_at) VALUES (:p, :a, :r, :m, :at) RETURNING id")
                .param("p", proposalId)
                .param("a", attachmentId)
                .param("r", reason)
                .param("m", message)
                .param("at", ts(at))
                .query(Long.class)
                .single();
    }

    public List<ProposalReport> openReports(@Nullable Long proposalId, int limit) {
        return jdbc.sql("SELECT * FROM proposal_report WHERE handled_at IS NULL"
                        + (proposalId == null ? "" : " AND proposal_id = :p") + " ORDER BY created_at, id LIMIT :limit")
                .param("p", proposalId)
                .param("limit", limit)
                .query((rs, n) -> new ProposalReport(
                        rs.getLong("id"),
                        rs.getLong("proposal_id"),
                        rs.getObject("attachment_id", Long.class),
                        rs.getString("reason"),
                        rs.getString("message"),
                        requiredInstant(rs, "created_at")))
                .list();
    }

    public int handleReports(long proposalId, String outcome, @Nullable Long staffId, Instant at) {
        return jdbc.sql(
                        "UPDATE proposal_report SET handled_at = :at, handled_by = :s, outcome = :o WHERE proposal_id = :p AND handled_at IS NULL")
                .param("p", proposalId)
                .param("at", ts(at))
                .param("s", staffId)
                .param("o", outcome)
                .update();
    }

    // ---- reminders

    /** True when no reminder of this kind was sent for the proposal before (and records it). */
    public boolean claimReminder(long proposalId, String kind, LocalDate today) {
        return jdbc.sql(
                                "INSERT INTO proposal_reminder (proposal_id, kind, sent_on) VALUES (:p, :k, :d) ON CONFLICT DO NOTHING")
                        .param("p", proposalId)
                        .param("k", kind)
                        .param("d", today)
                        .update()
                == 1;
    }

    // ---- counts for the staff queue

    public record StatusCount(String status, int count) {}

    public List<StatusCount> countsByStatus() {
        return jdbc.sql("SELECT status, count(*) AS n FROM proposal GROUP BY status")
                .query((rs, n) -> new StatusCount(rs.getString("status"), rs.getInt("n")))
                .list();
    }

    public int openReportCount() {
        return jdbc.sql("SELECT count(*) FROM proposal_report WHERE handled_at IS NULL")
                .query(Integer.class)
                .single();
    }
}
