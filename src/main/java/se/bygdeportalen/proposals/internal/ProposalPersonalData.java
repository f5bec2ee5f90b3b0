package se.bygdeportalen.proposals.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.manifest.PersonalDataCategory;

/**
 * What the module keeps about a resident signed in with e-ID: their proposals (public records once
 * sent, kept under the records management plan), drafts, supports and follows. Erasure deletes drafts,
 * supports (the public count stays) and follows; sent proposals are allmänna handlingar and stay.
 */
@Component
public class ProposalPersonalData {

    private final JdbcClient jdbc;

    ProposalPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PersonalDataCategory> categories() {
        return List.of(new PersonalDataCategory(
                "proposals",
                PersonalDataCategory.Subject.RESIDENT,
                "privacy.data.proposals",
                "privacy.basis.publicInterest",
                "privacy.retention.proposals",
                this::export,
                this::erase));
    }

    @Transactional(readOnly = true)
    public List<Map<String, @Nullable Object>> export(long residentId) {
        List<Map<String, @Nullable Object>> rows = new ArrayList<>();
        jdbc.sql("""
                SELECT id, status, case_number, title, body, proposer_name, proposer_email, proposer_phone, created_at, submitted_at
                FROM proposal WHERE resident_id = :r ORDER BY id
                """)
                .param("r", residentId)
                .query((rs, n) -> {
                    Map<String, @Nullable Object> row = new LinkedHashMap<>();
                    row.put("kind", "proposal");
                    row.put("status", rs.getString("status"));
                    row.put("caseNumber", rs.getString("case_number"));
                    row.put("title", rs.getString("title"));
                    row.put("text", rs.getString("body"));
                    row.put("name", rs.getString("proposer_name"));
                    row.put("email", rs.getString("proposer_email"));
                    row.put("phone", rs.getString("proposer_phone"));
                    row.put("created", String.valueOf(rs.getTimestamp("created_at")));
                    return row;
                })
                .list()
                .forEach(rows::add);
        jdbc.sql(
                        "SELECT p.case_number, s.created_at FROM proposal_support s JOIN proposal p ON p.id = s.proposal_id WHERE s.resident_id = :r")
                .param("r", residentId)
                .query((rs, n) -> {
                    Map<String, @Nullable Object> row = new LinkedHashMap<>();
                    row.put("kind", "support");
                    row.put("caseNumber", rs.getString(1));
                    row.put("created", String.valueOf(rs.getTimestamp(2)));
                    return row;
                })
                .list()
                .forEach(rows::add);
        jdbc.sql(
                        "SELECT p.case_number, s.email FROM proposal_subscription s JOIN proposal p ON p.id = s.proposal_id WHERE s.resident_id = :r AND s.active")
                .param("r", residentId)
                .query((rs, n) -> {
                    Map<String, @Nullable Object> row = new LinkedHashMap<>();
                    row.put("kind", "follow");
                    row.put("caseNumber", rs.getString(1));
                    row.put("email", rs.getString(2));
                    return row;
                })
                .list()
                .forEach(rows::add);
        return rows;
    }

    @Transactional
    public int erase(long residentId) {
        int changed = jdbc.sql("DELETE FROM proposal WHERE resident_id = :r AND status = 'DRAFT'")
                .param("r", residentId)
                .update();
        changed += jdbc.sql("DELETE FROM proposal_support WHERE resident_id = :r")
                .param("r", residentId)
                .update();
        changed += jdbc.sql("DELETE FROM proposal_subscription WHERE resident_id = :r AND role = 'FOLLOWER'")
                .param("r", residentId)
                .update();
        return changed;
    }
}
