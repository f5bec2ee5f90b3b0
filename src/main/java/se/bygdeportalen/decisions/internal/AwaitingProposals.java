package se.bygdeportalen.decisions.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.bygdeportalen.proposals.ProposalAnswered;
import se.bygdeportalen.proposals.ProposalReference;
import se.bygdeportalen.proposals.ProposalReferred;

/**
 * The citizen proposals awaiting a decision, kept in the module's own table from the proposals
 * module's events: a referred proposal is added (an upsert, since an event may be delivered twice)
 * and leaves the list when it is answered. The staff meeting page and the agenda and decision forms
 * read it; decisions never asks proposals for the list.
 */
@Component
public class AwaitingProposals {

    private final JdbcClient jdbc;

    AwaitingProposals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ProposalReferred referred) {
        ProposalReference p = referred.proposal();
        jdbc.sql("""
                INSERT INTO decisions_awaiting_proposal (proposal_id, case_number, title, language, status, path, body_slug, deadline)
                VALUES (:id, :caseNumber, :title, :language, :status, :path, :body, :deadline)
                ON CONFLICT (proposal_id) DO UPDATE SET case_number = EXCLUDED.case_number, title = EXCLUDED.title,
                    language = EXCLUDED.language, status = EXCLUDED.status, path = EXCLUDED.path, body_slug = EXCLUDED.body_slug,
                    deadline = EXCLUDED.deadline
                """)
                .param("id", p.id())
                .param("caseNumber", p.caseNumber())
                .param("title", p.title())
                .param("language", p.language())
                .param("status", p.status())
                .param("path", p.path())
                .param("body", referred.bodySlug())
                .param("deadline", referred.deadline())
                .update();
    }

    @ApplicationModuleListener
    void on(ProposalAnswered answered) {
        jdbc.sql("""
                INSERT INTO decisions_awaiting_proposal (proposal_id, answered_at) VALUES (:id, now())
                ON CONFLICT (proposal_id) DO UPDATE SET answered_at = now()
                """).param("id", answered.proposalId()).update();
    }

    /** Proposals a decision may answer: referred and not yet answered, the most recently referred first. */
    public List<ProposalReference> list() {
        return jdbc.sql("""
                SELECT * FROM decisions_awaiting_proposal WHERE answered_at IS NULL AND title IS NOT NULL
                ORDER BY referred_at DESC, proposal_id DESC
                """)
                .query((rs, n) -> new ProposalReference(
                        rs.getLong("proposal_id"),
                        rs.getString("case_number"),
                        rs.getString("title"),
                        rs.getString("language"),
                        rs.getString("status"),
                        rs.getString("path")))
                .list();
    }
}
