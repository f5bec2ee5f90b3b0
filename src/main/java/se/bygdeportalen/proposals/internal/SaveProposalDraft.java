package se.bygdeportalen.proposals.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.files.FileRejectedException;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.identity.ResidentDirectory;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;

/**
 * A signed-in resident saves a draft (new or existing), with attachments. A draft is private; it keeps
 * what was written until the resident sends it or deletes it. The form's idempotency key makes a double
 * click save one draft, not two.
 */
@Component
public class SaveProposalDraft {

    /**
     * @param draftId  the draft to change, or null for a new one
     * @param language null when none or an unknown one was chosen
     */
    public record Command(
            @Nullable Long draftId,
            @Nullable Lang language,
            String title,
            String body,
            @Nullable String category,
            @Nullable String village,
            @Nullable String email,
            @Nullable String phone,
            @Nullable UUID idempotencyKey,
            @Nullable List<MultipartFile> uploads) {
        public Command {
            uploads = uploads == null ? List.of() : uploads;
        }
    }

    private final ProposalRepository repository;
    private final ProposalContent content;
    private final ResidentDirectory residents;
    private final AuditLog audit;
    private final Clock clock;

    SaveProposalDraft(
            ProposalRepository repository,
            ProposalContent content,
            ResidentDirectory residents,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.content = content;
        this.residents = residents;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result saveDraft(Command command, Actor actor) {
        Actor.Resident resident = ProposalAccess.resident(actor);
        Proposal existing = null;
        if (command.draftId() != null) {
            existing = editable(repository, command.draftId(), actor);
        } else if (command.idempotencyKey() != null) {
            existing = repository.byIdempotencyKey(command.idempotencyKey()).orElse(null);
            if (existing != null) {
                ProposalAccess.PROPOSER.check(actor, existing);
                if (!existing.status().editableByProposer()) {
                    // The same form sent twice after it was already sent in: nothing to save.
                    return Result.saved(existing.id());
                }
            }
        }
        Violations violations = new Violations();
        Lang lang = content.language(command.language(), violations);
        String category = content.category(command.category(), violations);
        String village = content.village(command.village(), violations);
        content.checkCount(existing == null ? 0 : existing.id(), command.uploads(), violations);
        if (violations.any() || lang == null) { // a missing language is a violation above
            return violations.invalid();
        }
        Instant now = clock.instant();
        String title = ProposalContent.text(command.title());
        String body = ProposalContent.text(command.body());
        String email = ProposalContent.blankToNull(command.email());
        String phone = ProposalContent.blankToNull(command.phone());
        long id;
        if (existing == null) {
            // The name as the records hold it now, never as a session remembered it: an erased
            // resident has none, and is no longer signed in.
            String proposerName =
                    residents.displayName(resident.id()).orElseThrow(() -> Problem.signInNeeded("access.signInNeeded"));
            id = repository.insert(new ProposalRepository.NewProposal(
                    ProposalStatus.DRAFT,
                    ProposalChannel.E_ID,
                    lang,
                    title,
                    body,
                    category,
                    village,
                    resident.id(),
                    proposerName,
                    email,
                    null,
                    phone,
                    command.idempotencyKey(),
                    null,
                    now));
            repository.addEvent(id, ProposalRepository.NewEvent.of(ProposalEventKind.DRAFT_CREATED, null, null), now);
            audit.recordCreate(
                    actor,
                    ProposalsAudit.DRAFT_SAVED,
                    "proposal",
                    id,
                    "Resident saved a new proposal draft",
                    Map.of("language", lang.code()));
        } else {
            id = existing.id();
            repository.updateContent(id, lang, title, body, category, village, email, phone, now);
        }
        FileRejectedException rejected = content.store(id, command.uploads(), violations);
        if (rejected != null) {
            return Result.invalid(rejected.getStatusCode().value(), violations.list());
        }
        return Result.saved(id);
    }

    /** The resident's own proposal that may still be edited, locked; someone else's is "not found". */
    public static Proposal editable(ProposalRepository repository, long id, Actor actor) {
        Proposal p = HandleProposalSupport.own(repository, id, actor);
        if (!p.status().editableByProposer()) {
            throw HandleProposalSupport.publicProblem(Problem.conflict("proposals.problem.notEditable"));
        }
        return p;
    }
}
