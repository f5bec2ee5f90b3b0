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
import se.bygdeportalen.platform.ratelimit.RateLimiter;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;

/**
 * Someone without e-ID (often a child) sends a proposal with name, postal address and e-mail. It waits
 * until they confirm through the link mailed to them; then it gets its case number and the registrar
 * checks the residency. The idempotency key makes a double submit one proposal. Nobody is signed in:
 * the actor is the visitor.
 *
 * @see ConfirmProposal
 */
@Component
public class SubmitProposalByEmail {

    /**
     * @param language   null when none or an unknown one was chosen
     * @param addressKey the rate-limit key of the client's address
     */
    public record Command(
            String name,
            String address,
            String email,
            @Nullable String phone,
            @Nullable Lang language,
            String title,
            String body,
            @Nullable String category,
            @Nullable String village,
            @Nullable UUID idempotencyKey,
            @Nullable List<MultipartFile> uploads,
            String addressKey) {
        public Command {
            uploads = uploads == null ? List.of() : uploads;
        }
    }

    private final ProposalRepository repository;
    private final ProposalContent content;
    private final ProposalMails mails;
    private final ProposalsProperties properties;
    private final RateLimiter limiter;
    private final AuditLog audit;
    private final Clock clock;

    SubmitProposalByEmail(
            ProposalRepository repository,
            ProposalContent content,
            ProposalMails mails,
            ProposalsProperties properties,
            RateLimiter limiter,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.content = content;
        this.mails = mails;
        this.properties = properties;
        this.limiter = limiter;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result submit(Command command, Actor actor) {
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
        content.checkCount(0, command.uploads(), violations);
        if (violations.any() || lang == null) { // a missing language is a violation above
            return violations.invalid();
        }
        limiter.enforce(ProposalRateLimits.SUBMIT_ADDRESS, command.addressKey());
        Instant now = clock.instant();
        long id = repository.insert(new ProposalRepository.NewProposal(
                ProposalStatus.AWAITING_CONFIRMATION,
                ProposalChannel.EMAIL,
                lang,
                ProposalContent.text(command.title()),
                ProposalContent.text(command.body()),
                category,
                village,
                null,
                ProposalContent.text(command.name()),
                command.email().strip(),
                ProposalContent.text(command.address()),
                ProposalContent.blankToNull(command.phone()),
                command.idempotencyKey(),
                null,
                now));
        FileRejectedException rejected = content.store(id, command.uploads(), violations);
        if (rejected != null) {
            return Result.invalid(rejected.getStatusCode().value(), violations.list());
        }
        String token = Tokens.random();
        repository.awaitConfirmation(id, Tokens.hash(token), now.plus(properties.confirmationValidity()));
        repository.addEvent(
                id, ProposalRepository.NewEvent.of(ProposalEventKind.AWAITING_CONFIRMATION, null, null), now);
        mails.confirmation(repository.byId(id).orElseThrow(), token);
        audit.recordCreate(
                actor,
                ProposalsAudit.RECEIVED_BY_EMAIL,
                "proposal",
                id,
                "Proposal sent without e-ID, awaiting e-mail confirmation",
                Map.of("channel", "EMAIL"));
        return Result.saved(id);
    }
}
