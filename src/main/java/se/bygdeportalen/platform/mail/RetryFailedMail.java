package se.bygdeportalen.platform.mail;

import java.time.Clock;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.usecase.Problem;

/**
 * An administrator queues a given-up mail again, typically after fixing what made it fail (a
 * mistyped address elsewhere, the SMTP settings). It gets a fresh set of attempts and goes out with
 * the sender's next run.
 */
@Component
class RetryFailedMail {

    private final MailOutboxRepository outbox;
    private final AuditLog audit;
    private final Clock clock;

    RetryFailedMail(MailOutboxRepository outbox, AuditLog audit, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** Returns false when the mail is not failed (any more), e.g. after a second click; that changes nothing. */
    @Transactional
    boolean retry(long id) {
        OutboxMail mail = outbox.byId(id).orElseThrow(Problem::notFound);
        // The conditional update, not the read above, decides: two administrators cannot both retry it.
        if (!outbox.retry(id, clock.instant())) {
            return false;
        }
        // No address or subject in the append-only log: they are personal data the outbox deletes in time.
        audit.record("mail.outbox.retried", "mail_outbox", id, "Queued mail " + id + " (" + mail.category() + ") for sending again",
                Map.of("status", MailStatus.FAILED.name(), "attempts", mail.attempts()),
                Map.of("status", MailStatus.PENDING.name(), "attempts", 0));
        return true;
    }
}
