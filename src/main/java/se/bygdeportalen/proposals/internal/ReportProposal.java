package se.bygdeportalen.proposals.internal;

import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.ratelimit.RateLimiter;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;

/** Anyone, also without signing in, reports a published proposal or attachment to the moderators. */
@Component
public class ReportProposal {

    public enum Reason {
        INAPPROPRIATE,
        PERSONAL_DATA,
        OTHER
    }

    /**
     * @param reason       null when none was chosen
     * @param attachment   the reported attachment's token, or null for the proposal itself
     * @param addressKey   the rate-limit key of the client's address
     */
    public record Command(
            long proposalId,
            @Nullable Reason reason,
            @Nullable String message,
            @Nullable UUID attachment,
            String addressKey) {}

    private final ProposalRepository repository;
    private final RateLimiter limiter;
    private final ProposalMails mails;
    private final Clock clock;

    ReportProposal(ProposalRepository repository, RateLimiter limiter, ProposalMails mails, Clock clock) {
        this.repository = repository;
        this.limiter = limiter;
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional
    public Result report(Command command, Actor actor) {
        long id = command.proposalId();
        Proposal p = repository.byId(id).filter(Proposal::publiclyVisible).orElseThrow(Problem::notFound);
        Violations violations = new Violations();
        Reason chosen = command.reason();
        if (chosen == null) {
            violations.reject("reason", "NotNull");
        }
        Long attachment = null;
        if (command.attachment() != null) {
            attachment = repository
                    .attachment(id, command.attachment())
                    .filter(a -> !a.hidden())
                    .map(ProposalAttachment::id)
                    .orElse(null);
            if (attachment == null) {
                violations.reject("reason", "invalid");
            }
        }
        if (violations.any() || chosen == null) { // a missing reason is a violation above
            return violations.invalid();
        }
        limiter.enforce(ProposalRateLimits.REPORT_ADDRESS, command.addressKey());
        String reason = chosen.name();
        repository.addReport(
                id,
                attachment,
                reason,
                ProposalContent.blankToNull(ProposalContent.text(command.message())),
                clock.instant());
        mails.staff("reported", p, reason);
        return Result.saved(id);
    }
}
