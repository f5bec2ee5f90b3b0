package se.bygdeportalen.proposals;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.files.FileRejectedException;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.identity.ResidentDemographics;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.web.FormValues;

/**
 * Service-office staff register a proposal that came in on paper or in person, on the resident's
 * behalf (channel PAPER). It is registered at once with a case number; a receipt is mailed when the
 * resident gave an e-mail address. Sex and age band are stored only if the staff member records them.
 */
@Component
class RegisterPaperProposal {

    private final ProposalRepository repository;
    private final ProposalContent content;
    private final ProposalRegistration registration;
    private final AuditLog audit;
    private final Clock clock;

    RegisterPaperProposal(ProposalRepository repository, ProposalContent content, ProposalRegistration registration, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.content = content;
        this.registration = registration;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    FormResult register(ProposalForms.PaperProposalForm form, List<MultipartFile> uploads, Errors errors, PortalUser staff) {
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
        String sex = ProposalContent.blankToNull(form.sex());
        if (sex != null && !List.of("FEMALE", "MALE").contains(sex)) {
            FormValues.reject(errors, "sex", "invalid");
        }
        String ageBand = ProposalContent.blankToNull(form.ageBand());
        if (ageBand != null && !ResidentDemographics.AGE_BANDS.contains(ageBand)) {
            FormValues.reject(errors, "ageBand", "invalid");
        }
        content.checkCount(0, uploads, errors);
        if (errors.hasErrors()) {
            return FormResult.refused(null);
        }
        Instant now = clock.instant();
        long id = repository.insert(new ProposalRepository.NewProposal(ProposalStatus.DRAFT, ProposalChannel.PAPER, lang,
                ProposalContent.text(form.title()), ProposalContent.text(form.body()), category, village, null,
                ProposalContent.text(form.name()), ProposalContent.blankToNull(form.email()), ProposalContent.text(form.address()),
                ProposalContent.blankToNull(form.phone()), key, staff.id(), now));
        FileRejectedException rejected = content.store(id, uploads, errors);
        if (rejected != null) {
            return FormResult.refused(rejected);
        }
        registration.register(repository.byId(id).orElseThrow(), sex, ageBand, staff.id());
        audit.recordCreate("proposals.proposal.registered-on-paper", "proposal", id, "Registered a proposal that came in on paper",
                Map.of("channel", "PAPER", "language", lang.code()));
        return FormResult.ok(id);
    }
}
