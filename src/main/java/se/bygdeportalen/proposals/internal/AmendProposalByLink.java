package se.bygdeportalen.proposals.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.files.FileRejectedException;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;

/**
 * A proposer without e-ID changes their proposal after the registrar asked for it, through the link in
 * the mail (the link works until the changed proposal is sent in). The token is the proof; the actor
 * is the visitor.
 */
@Component
public class AmendProposalByLink {

    /** @param language null when none or an unknown one was chosen */
    public record Command(
            String token,
            @Nullable Lang language,
            String title,
            String body,
            @Nullable String category,
            @Nullable String village,
            @Nullable List<MultipartFile> uploads) {
        public Command {
            uploads = uploads == null ? List.of() : uploads;
        }
    }

    private final ProposalRepository repository;
    private final ProposalLinks links;
    private final ProposalContent content;
    private final ProposalMails mails;
    private final AuditLog audit;
    private final Clock clock;

    AmendProposalByLink(
            ProposalRepository repository,
            ProposalLinks links,
            ProposalContent content,
            ProposalMails mails,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.links = links;
        this.content = content;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result amend(Command command, Actor actor) {
        Proposal p = repository.lock(links.amendable(command.token()).id()).orElseThrow();
        Violations violations = new Violations();
        Lang lang = content.language(command.language(), violations);
        String category = content.category(command.category(), violations);
        String village = content.village(command.village(), violations);
        content.checkCount(p.id(), command.uploads(), violations);
        if (violations.any() || lang == null) { // a missing language is a violation above
            return violations.invalid();
        }
        Instant now = clock.instant();
        repository.updateContent(
                p.id(),
                lang,
                ProposalContent.text(command.title()),
                ProposalContent.text(command.body()),
                category,
                village,
                p.proposerEmail(),
                p.proposerPhone(),
                now);
        FileRejectedException rejected = content.store(p.id(), command.uploads(), violations);
        if (rejected != null) {
            return Result.invalid(rejected.getStatusCode().value(), violations.list());
        }
        repository.resubmitted(p.id(), now);
        repository.addEvent(p.id(), ProposalRepository.NewEvent.of(ProposalEventKind.RESUBMITTED, null, null), now);
        mails.staff("resubmitted", p, null);
        audit.record(
                actor,
                ProposalsAudit.RESUBMITTED,
                "proposal",
                p.id(),
                "Proposer sent an amended proposal " + p.caseNumber(),
                null,
                Map.of("status", "SUBMITTED"));
        return Result.saved(p.id());
    }
}
