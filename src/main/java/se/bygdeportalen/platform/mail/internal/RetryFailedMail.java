package se.bygdeportalen.platform.mail.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.identity.PlatformAudit;
import se.bygdeportalen.platform.mail.MailStatus;
import se.bygdeportalen.platform.mail.OutboxMail;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.AccessRule;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violation;

/**
 * An administrator queues a given-up mail again, typically after fixing what made it fail (a
 * mistyped address elsewhere, the SMTP settings). It gets a fresh set of attempts and goes out with
 * the sender's next run.
 */
@Component
public class RetryFailedMail {

    /** The outbox holds residents' addresses and texts: administrators only. */
    public static final AccessRule<OutboxMail> MAY_RETRY = (actor, mail) -> actor.isStaffWith(Role.ADMINISTRATOR);

    public record Command(long id) {}

    private final MailOutboxRepository outbox;
    private final AuditLog audit;
    private final Clock clock;

    public RetryFailedMail(MailOutboxRepository outbox, AuditLog audit, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Saved when the mail was queued again; invalid with status 409 when it is not failed (any more),
     * e.g. after a second click, which changes nothing.
     */
    @Transactional
    public Result retryFailedMail(Command command, Actor actor) {
        long id = command.id();
        OutboxMail mail = outbox.byId(id).orElseThrow(Problem::notFound);
        MAY_RETRY.check(actor, mail);
        // The conditional update, not the read above, decides: two administrators cannot both retry it.
        if (!outbox.retry(id, clock.instant())) {
            return Result.invalid(409, List.of(new Violation("id", "mail.admin.notFailed", List.of())));
        }
        // No address or subject in the append-only log: they are personal data the outbox deletes in time.
        audit.record(
                actor,
                PlatformAudit.MAIL_RETRIED,
                "mail_outbox",
                id,
                "Queued mail " + id + " (" + mail.category() + ") for sending again",
                Map.of("status", MailStatus.FAILED.name(), "attempts", mail.attempts()),
                Map.of("status", MailStatus.PENDING.name(), "attempts", 0));
        return Result.saved(id);
    }
}
