package se.bygdeportalen.proposals.internal;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;

/** The resident removes one attachment from their own draft or proposal under amendment. */
@Component
public class RemoveProposalAttachment {

    /** @param attachment the attachment's token, as in its URL */
    public record Command(long proposalId, UUID attachment) {}

    private final ProposalRepository repository;
    private final ProposalContent content;

    RemoveProposalAttachment(ProposalRepository repository, ProposalContent content) {
        this.repository = repository;
        this.content = content;
    }

    @Transactional
    public Result removeAttachment(Command command, Actor actor) {
        Proposal p = SaveProposalDraft.editable(repository, command.proposalId(), actor);
        ProposalAttachment a =
                repository.attachment(p.id(), command.attachment()).orElseThrow(Problem::notFound);
        content.deleteFile(a);
        return Result.saved(p.id());
    }
}
