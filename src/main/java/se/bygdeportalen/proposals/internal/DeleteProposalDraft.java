package se.bygdeportalen.proposals.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;

/** The resident deletes their own draft (never a sent proposal). */
@Component
public class DeleteProposalDraft {

    public record Command(long draftId) {}

    private final ProposalRepository repository;
    private final ProposalContent content;
    private final AuditLog audit;

    DeleteProposalDraft(ProposalRepository repository, ProposalContent content, AuditLog audit) {
        this.repository = repository;
        this.content = content;
        this.audit = audit;
    }

    @Transactional
    public Result deleteDraft(Command command, Actor actor) {
        Proposal p = HandleProposalSupport.own(repository, command.draftId(), actor);
        if (p.status() != ProposalStatus.DRAFT) {
            throw HandleProposalSupport.publicProblem(Problem.conflict("proposals.problem.notDraft"));
        }
        repository.attachments(p.id()).forEach(content::deleteFile);
        repository.delete(p.id());
        audit.record(
                actor,
                ProposalsAudit.DRAFT_DELETED,
                "proposal",
                p.id(),
                "Resident deleted a proposal draft",
                null,
                null);
        return Result.saved(p.id());
    }
}
