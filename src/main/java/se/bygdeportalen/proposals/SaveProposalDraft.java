package se.bygdeportalen.proposals;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.files.FileRejectedException;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.usecase.Problem;

/**
 * A signed-in resident saves a draft (new or existing), with attachments. A draft is private; it keeps
 * what was written until the resident sends it or deletes it. The form's idempotency key makes a double
 * click save one draft, not two.
 */
@Component
class SaveProposalDraft {

    private final ProposalRepository repository;
    private final ProposalContent content;
    private final AuditLog audit;
    private final Clock clock;

    SaveProposalDraft(ProposalRepository repository, ProposalContent content, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.content = content;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    FormResult save(Long draftId, ProposalForms.ProposalForm form, List<MultipartFile> uploads, Errors errors, PortalUser resident) {
        Proposal existing = null;
        if (draftId != null) {
            existing = editable(draftId, resident);
        } else {
            UUID key = key(form.idempotencyKey());
            if (key != null) {
                existing = repository.byIdempotencyKey(key).orElse(null);
                if (existing != null && !existing.ownedBy(resident.id())) {
                    throw Problem.notFound();
                }
                if (existing != null && !existing.status().editableByProposer()) {
                    // The same form sent twice after it was already sent in: nothing to save.
                    return FormResult.ok(existing.id());
                }
            }
        }
        Lang lang = content.language(form.language(), errors);
        String category = content.category(form.category(), errors);
        String village = content.village(form.village(), errors);
        content.checkCount(existing == null ? 0 : existing.id(), uploads, errors);
        if (errors.hasErrors()) {
            return FormResult.refused(null);
        }
        Instant now = clock.instant();
        String title = ProposalContent.text(form.title());
        String body = ProposalContent.text(form.body());
        String email = ProposalContent.blankToNull(form.email());
        String phone = ProposalContent.blankToNull(form.phone());
        long id;
        if (existing == null) {
            id = repository.insert(new ProposalRepository.NewProposal(ProposalStatus.DRAFT, ProposalChannel.E_ID, lang, title, body,
                    category, village, resident.id(), resident.displayName(), email, null, phone, key(form.idempotencyKey()), null, now));
            repository.addEvent(id, ProposalRepository.NewEvent.of(ProposalEventKind.DRAFT_CREATED, null, null), now);
            audit.recordCreate("proposals.draft.saved", "proposal", id, "Resident saved a new proposal draft", Map.of("language", lang.code()));
        } else {
            id = existing.id();
            repository.updateContent(id, lang, title, body, category, village, email, phone, now);
        }
        FileRejectedException rejected = content.store(id, uploads, errors);
        if (rejected != null) {
            return FormResult.refused(rejected);
        }
        return FormResult.ok(id);
    }

    /** Removes one attachment from the resident's own draft or proposal under amendment. */
    @Transactional
    void removeAttachment(long draftId, long attachmentId, PortalUser resident) {
        Proposal p = editable(draftId, resident);
        ProposalAttachment a = repository.attachment(p.id(), attachmentId).orElseThrow(Problem::notFound);
        content.deleteFile(a);
    }

    /** Deletes the resident's own draft (never a sent proposal). */
    @Transactional
    void delete(long draftId, PortalUser resident) {
        Proposal p = repository.lock(draftId).filter(x -> x.ownedBy(resident.id())).orElseThrow(Problem::notFound);
        if (p.status() != ProposalStatus.DRAFT) {
            throw new ProposalProblem(HttpStatus.CONFLICT, "proposals.problem.notDraft");
        }
        repository.attachments(p.id()).forEach(content::deleteFile);
        repository.delete(p.id());
        audit.record("proposals.draft.deleted", "proposal", p.id(), "Resident deleted a proposal draft", null, null);
    }

    /** The resident's own proposal that may still be edited; someone else's is "not found". */
    Proposal editable(long id, PortalUser resident) {
        Proposal p = repository.lock(id).filter(x -> x.ownedBy(resident.id())).orElseThrow(Problem::notFound);
        if (!p.status().editableByProposer()) {
            throw new ProposalProblem(HttpStatus.CONFLICT, "proposals.problem.notEditable");
        }
        return p;
    }

    static UUID key(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
