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
import se.bygdeportalen.platform.identity.ResidentDemographics;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;

/**
 * Service-office staff register a proposal that came in on paper or in person, on the resident's
 * behalf (channel PAPER). It is registered at once with a case number; a receipt is mailed when the
 * resident gave an e-mail address. Sex and age band are stored only if the staff member records them.
 */
@Component
public class RegisterPaperProposal {

    /**
     * @param language null when none or an unknown one was chosen
     * @param sex      null when not recorded
     * @param ageBand  one of {@link ResidentDemographics#AGE_BANDS}, or null when not recorded
     */
    public record Command(
            String name,
            String address,
            @Nullable String email,
            @Nullable String phone,
            @Nullable Lang language,
            String title,
            String body,
            @Nullable String category,
            @Nullable String village,
            ResidentDemographics.@Nullable Sex sex,
            @Nullable String ageBand,
            @Nullable UUID idempotencyKey,
            @Nullable List<MultipartFile> uploads) {
        public Command {
            uploads = uploads == null ? List.of() : uploads;
        }
    }

    private final ProposalRepository repository;
    private final ProposalContent content;
    private final ProposalRegistration registration;
    private final AuditLog audit;
    private final Clock clock;

    RegisterPaperProposal(
            ProposalRepository repository,
            ProposalContent content,
            ProposalRegistration registration,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.content = content;
        this.registration = registration;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result register(Command command, Actor actor) {
        ProposalAccess.PAPER.check(actor, command);
        if (command.idempotencyKey() != null) {
            var existing = repository.byIdempotencyKey(command.idempotencyKey());
            if (existing.isPresent()) {
                return Result.saved(existing.get().id());
            }
        }
        Violations violations = new Violations();
        Lang lang = content.language(command.language(), violations);
        String category = content.category(command.category(), violations);
        String village = content.village(command.village(), violations);
        String ageBand = ProposalContent.blankToNull(command.ageBand());
        if (ageBand != null && !ResidentDemographics.AGE_BANDS.contains(ageBand)) {
            violations.reject("ageBand", "invalid");
        }
        content.checkCount(0, command.uploads(), violations);
        if (violations.any() || lang == null) { // a missing language is a violation above
            return violations.invalid();
        }
        Instant now = clock.instant();
        long id = repository.insert(new ProposalRepository.NewProposal(
                ProposalStatus.DRAFT,
                ProposalChannel.PAPER,
                lang,
                ProposalContent.text(command.title()),
                ProposalContent.text(command.body()),
                category,
                village,
                null,
                ProposalContent.text(command.name()),
                ProposalContent.blankToNull(command.email()),
                ProposalContent.text(command.address()),
                ProposalContent.blankToNull(command.phone()),
                command.idempotencyKey(),
                actor.personId(),
                now));
        FileRejectedException rejected = content.store(id, command.uploads(), violations);
        if (rejected != null) {
            return Result.invalid(rejected.getStatusCode().value(), violations.list());
        }
        registration.register(
                repository.byId(id).orElseThrow(),
                command.sex() == null ? null : command.sex().name(),
                ageBand,
                actor.personId());
        audit.recordCreate(
                actor,
                ProposalsAudit.REGISTERED_ON_PAPER,
                "proposal",
                id,
                "Registered a proposal that came in on paper",
                Map.of("channel", "PAPER", "language", lang.code()));
        return Result.saved(id);
    }
}
