package se.bygdeportalen.proposals.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.files.FileStorage;
import se.bygdeportalen.platform.manifest.PersonalDataCategory;
import se.bygdeportalen.platform.manifest.PersonalDataCategory.Person;

/**
 * What the module keeps about a resident: their proposals and drafts, supports, follows, and the
 * subscriptions to status mail. A proposal or subscription is the resident's when it carries their id
 * or one of their e-mail addresses (a proposal sent by e-mail, or the proposer's own status mail, is
 * never linked to the id). The addresses the module gives the platform are those the resident wrote
 * while signed in with e-ID.
 * <p>
 * Erasure deletes drafts and proposals never registered (with their uploaded files), supports (the
 * public count stays), follows and subscriptions. A registered proposal is a public record
 * (allmän handling) and stays with its case number, title, text, attachments, timeline and answer, but
 * without the proposer: name, e-mail, postal address and phone are removed, as are the links and
 * tokens that could tie it back to them. Sex and age band at submission stay for the participation
 * statistics; they are never shown per proposal.
 */
@Component
public class ProposalPersonalData {

    /** The person's proposals: by their id, or by one of their addresses. */
    private static final String THEIRS = "(resident_id = :r OR lower(proposer_email) IN (:emails))";

    private final JdbcClient jdbc;
    private final FileStorage files;
    private final Clock clock;

    ProposalPersonalData(JdbcClient jdbc, FileStorage files, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.clock = clock;
    }

    public List<PersonalDataCategory> categories() {
        return List.of(new PersonalDataCategory(
                "proposals",
                PersonalDataCategory.Subject.RESIDENT,
                "privacy.data.proposals",
                "privacy.basis.publicInterest",
                "privacy.retention.proposals",
                this::export,
                this::erase,
                "privacy.kept.proposals",
                this::addresses));
    }

    /** The e-mail addresses the resident gave while signed in: on their proposals and their follows. */
    @Transactional(readOnly = true)
    public Set<String> addresses(long residentId) {
        return new LinkedHashSet<>(
                jdbc.sql("""
                SELECT proposer_email FROM proposal WHERE resident_id = :r AND proposer_email IS NOT NULL
                UNION SELECT email FROM proposal_subscription WHERE resident_id = :r
                """).param("r", residentId).query(String.class).list());
    }

    @Transactional(readOnly = true)
    public List<Map<String, @Nullable Object>> export(Person person) {
        List<Map<String, @Nullable Object>> rows = new ArrayList<>();
        jdbc.sql("""
                SELECT id, status, case_number, title, body, proposer_name, proposer_email, proposer_address,
                       proposer_phone, created_at, submitted_at
                FROM proposal WHERE %s ORDER BY id
                """.formatted(THEIRS))
                .param("r", person.id())
                .param("emails", emails(person))
                .query((rs, n) -> {
                    Map<String, @Nullable Object> row = new LinkedHashMap<>();
                    row.put("kind", "proposal");
                    row.put("status", rs.getString("status"));
                    row.put("caseNumber", rs.getString("case_number"));
                    row.put("title", rs.getString("title"));
                    row.put("text", rs.getString("body"));
                    row.put("name", rs.getString("proposer_name"));
                    row.put("email", rs.getString("proposer_email"));
                    row.put("address", rs.getString("proposer_address"));
                    row.put("phone", rs.getString("proposer_phone"));
                    row.put("created", String.valueOf(rs.getTimestamp("created_at")));
                    return row;
                })
                .list()
                .forEach(rows::add);
        jdbc.sql(
                        "SELECT p.case_number, s.created_at FROM proposal_support s JOIN proposal p ON p.id = s.proposal_id WHERE s.resident_id = :r")
                .param("r", person.id())
                .query((rs, n) -> {
                    Map<String, @Nullable Object> row = new LinkedHashMap<>();
                    row.put("kind", "support");
                    row.put("caseNumber", rs.getString(1));
                    row.put("created", String.valueOf(rs.getTimestamp(2)));
                    return row;
                })
                .list()
                .forEach(rows::add);
        jdbc.sql("""
                SELECT p.case_number, s.role, s.email, s.active FROM proposal_subscription s
                JOIN proposal p ON p.id = s.proposal_id
                WHERE s.resident_id = :r OR lower(s.email) IN (:emails) ORDER BY s.id
                """)
                .param("r", person.id())
                .param("emails", emails(person))
                .query((rs, n) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("kind", "PROPOSER".equals(rs.getString(2)) ? "statusMail" : "follow");
                    row.put("caseNumber", rs.getString(1));
                    row.put("email", rs.getString(3));
                    row.put("active", rs.getBoolean(4));
                    return row;
                })
                .list()
                .forEach(rows::add);
        return rows;
    }

    @Transactional
    public int erase(Person person) {
        List<String> emails = emails(person);
        int changed = 0;
        // Never registered: nothing of it is a public record, so it goes, with its files.
        List<Long> unregistered = jdbc.sql(
                        "SELECT id FROM proposal WHERE %s AND case_number IS NULL FOR UPDATE".formatted(THEIRS))
                .param("r", person.id())
                .param("emails", emails)
                .query((rs, n) -> rs.getLong(1))
                .list();
        if (!unregistered.isEmpty()) {
            List<UUID> uploads = jdbc.sql("SELECT file_id FROM proposal_attachment WHERE proposal_id IN (:ids)")
                    .param("ids", unregistered)
                    .query((rs, n) -> rs.getObject(1, UUID.class))
                    .list();
            changed += jdbc.sql("DELETE FROM proposal WHERE id IN (:ids)")
                    .param("ids", unregistered)
                    .update();
            uploads.forEach(files::delete);
        }
        changed += jdbc.sql("DELETE FROM proposal_support WHERE resident_id = :r")
                .param("r", person.id())
                .update();
        changed += jdbc.sql("DELETE FROM proposal_subscription WHERE resident_id = :r OR lower(email) IN (:emails)")
                .param("r", person.id())
                .param("emails", emails)
                .update();
        changed += jdbc.sql("""
                UPDATE proposal SET proposer_name = '', proposer_email = NULL, proposer_address = NULL,
                                    proposer_phone = NULL, resident_id = NULL, idempotency_key = NULL,
                                    confirmation_token_hash = NULL, confirmation_expires_at = NULL,
                                    receipt_token_hash = NULL, edit_token_hash = NULL, proposer_erased_at = :now
                WHERE %s
                """.formatted(THEIRS))
                .param("r", person.id())
                .param("emails", emails)
                .param("now", Timestamp.from(Instant.now(clock)))
                .update();
        return changed;
    }

    /**
     * The person's addresses as a parameter list; never empty, since {@code IN ()} is no SQL. The
     * placeholder cannot be an address (no @), so it matches nothing.
     */
    private static List<String> emails(Person person) {
        return person.emails().isEmpty() ? List.of("-") : person.sortedEmails();
    }
}
