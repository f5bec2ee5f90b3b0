package se.bygdeportalen.platform.mail;

import java.time.Clock;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.bygdeportalen.platform.mail.internal.MailOutboxRepository;

/**
 * How every module sends mail: it enqueues the mail in the transaction of the change that caused it,
 * so the change and its mail commit or roll back together (no receipt for a proposal that was never
 * saved, no saved proposal without its receipt). Outside a transaction it refuses. {@link SendDueMail}
 * delivers the mail shortly after the commit, retrying until the SMTP server takes it.
 */
@Component
public class MailOutbox {

    private final MailOutboxRepository outbox;
    private final Clock clock;

    MailOutbox(MailOutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Stores one mail for sending.
     *
     * @return the outbox id, which logs and the administrators' page show instead of the address
     * @throws IllegalStateException when no transaction is active
     */
    public long enqueue(OutgoingMail mail) {
        Objects.requireNonNull(mail, "mail");
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(
                    "Mail must be enqueued in the transaction of the change that caused it: " + mail.category());
        }
        return outbox.insert(mail, clock.instant());
    }

    /** Stores one mail with files sent along (at most {@value MailAttachment#MAX_PER_MAIL}), in the same way. */
    public long enqueue(OutgoingMail mail, java.util.List<MailAttachment> attachments) {
        Objects.requireNonNull(attachments, "attachments");
        if (attachments.size() > MailAttachment.MAX_PER_MAIL) {
            throw new IllegalArgumentException("At most " + MailAttachment.MAX_PER_MAIL + " attachments per mail");
        }
        long id = enqueue(mail);
        for (int i = 0; i < attachments.size(); i++) {
            outbox.insertAttachment(id, i + 1, attachments.get(i));
        }
        return id;
    }
}
