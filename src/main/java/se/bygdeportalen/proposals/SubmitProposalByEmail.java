package se.bygdeportalen.proposals;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.files.FileRejectedException;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.ratelimit.RateLimitKeys;
import se.bygdeportalen.platform.ratelimit.RateLimiter;

/**
 * Someone without e-ID (often a child) sends a proposal with name, postal address and e-mail. It waits
 * until they confirm through the link mailed to them; then it gets its case number and the registrar
 * checks the residency. The idempotency key makes a double submit one proposal.
 */
@Component
class SubmitProposalByEmail {

    private final ProposalRepository repository;
    private final ProposalContent content;
    private final ProposalMails mails;
    private final ProposalsProperties properties;
    private final RateLimiter limiter;
    private final AuditLog audit;
    private final Clock clock;

    SubmitProposalByEmail(ProposalRepository repository, ProposalContent content, ProposalMails mails, ProposalsProperties properties,
                          RateLimiter limiter, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.content = content;
        this.mails = mails;
        this.properties = properties;
        this.limiter = limiter;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    FormResult submit(ProposalForms.EmailProposalForm form, List<MultipartFile> uploads, Errors errors, HttpServletRequest request) {
        UUID key = SaveProposalDraft.key(form.idempotencyKey());
        if (key != null) {
            var existing = repository.byIdempotencyKey(key);
            if (existing.isPresent()) {
                return FormResult.ok(existing.get().id());
            }
        }
        Lang lang = content.language(form.language(), errors);
        String category = content.category(form.category(), errors);
        String village = content.village(form.village(), errors);
        content.checkCount(0, uploads, errors);
        if (errors.hasErrors()) {
            return FormResult.refused(null);
        }
        limiter.enforce(ProposalRateLimits.SUBMIT_ADDRESS, RateLimitKeys.address(request));
        Instant now = clock.instant();
        long id = repository.insert(new ProposalRepository.NewProposal(ProposalStatus.AWAITING_CONFIRMATION, ProposalChannel.EMAIL, lang,
                ProposalContent.text(form.title()), ProposalContent.text(form.body()), category, village, null,
                ProposalContent.text(form.name()), form.email().strip(), ProposalContent.text(form.address()),
                ProposalContent.blankToNull(form.phone()), key, null, now));
        FileRejectedException rejected = content.store(id, uploads, errors);
        if (rejected != null) {
            return FormResult.refused(rejected);
        }
        String token = Tokens.random();
        repository.awaitConfirmation(id, Tokens.hash(token), now.plus(properties.confirmationValidity()));
        repository.addEvent(id, ProposalRepository.NewEvent.of(ProposalEventKind.AWAITING_CONFIRMATION, null, null), now);
        mails.confirmation(repository.byId(id).orElseThrow(), token);
        audit.recordCreate("proposals.proposal.received-by-email", "proposal", id, "Proposal sent without e-ID, awaiting e-mail confirmation",
                Map.of("channel", "EMAIL"));
        return FormResult.ok(id);
    }
}
