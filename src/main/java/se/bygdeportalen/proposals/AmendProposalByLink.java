package se.bygdeportalen.proposals;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.files.FileRejectedException;
import se.bygdeportalen.platform.i18n.Lang;

/**
 * A proposer without e-ID changes their proposal after the registrar asked for it, through the link in
 * the mail (the link works until the changed proposal is sent in).
 */
@Component
class AmendProposalByLink {

    private final ProposalRepository repository;
    private final ProposalContent content;
    private final ProposalMails mails;
    private final AuditLog audit;
    private final Clock clock;

    AmendProposalByLink(ProposalRepository repository, ProposalContent content, ProposalMails mails, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.content = content;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Proposal byToken(String token) {
        if (!Tokens.wellFormed(token)) {
            throw new ProposalProblem(HttpStatus.NOT_FOUND, "proposals.problem.linkInvalid");
        }
        return repository.byTokenHash("edit_token_hash", Tokens.hash(token))
                .filter(p -> p.status() == ProposalStatus.AMENDMENT_REQUESTED)
                .orElseThrow(() -> new ProposalProblem(HttpStatus.NOT_FOUND, "proposals.problem.linkInvalid"));
    }

    @Transactional
    FormResult amend(String token, ProposalForms.ProposalForm form, List<MultipartFile> uploads, Errors errors) {
        Proposal p = repository.lock(byToken(token).id()).orElseThrow();
        Lang lang = content.language(form.language(), errors);
        String category = content.category(form.category(), errors);
        String village = content.village(form.village(), errors);
        content.checkCount(p.id(), uploads, errors);
        if (errors.hasErrors()) {
            return FormResult.refused(null);
        }
        Instant now = clock.instant();
        repository.updateContent(p.id(), lang, ProposalContent.text(form.title()), ProposalContent.text(form.body()), category, village,
                p.proposerEmail(), p.proposerPhone(), now);
        FileRejectedException rejected = content.store(p.id(), uploads, errors);
        if (rejected != null) {
            return FormResult.refused(rejected);
        }
        repository.resubmitted(p.id(), now);
        repository.addEvent(p.id(), ProposalRepository.NewEvent.of(ProposalEventKind.RESUBMITTED, null, null), now);
        mails.staff("resubmitted", p, null);
        audit.record("proposals.proposal.resubmitted", "proposal", p.id(), "Proposer sent an amended proposal " + p.caseNumber(),
                null, Map.of("status", "SUBMITTED"));
        return FormResult.ok(p.id());
    }
}
