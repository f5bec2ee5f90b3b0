package se.bygdeportalen.platform.mail;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.mail.internal.MailOutboxRepository;

/**
 * Deletes sent and given-up mail once its retention period is over: the outbox holds addresses and
 * texts about residents, and keeps them no longer than support needs them. Pending mail is never deleted.
 */
@Component
class PurgeOldMail {

    private static final Logger log = LoggerFactory.getLogger(PurgeOldMail.class);

    private final MailOutboxRepository outbox;
    private final MailOutboxProperties properties;
    private final Clock clock;

    PurgeOldMail(MailOutboxRepository outbox, MailOutboxProperties properties, Clock clock) {
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    int purge() {
        int deleted = outbox.purge(clock.instant().minus(properties.retention()));
        if (deleted > 0) {
            log.info("Deleted {} sent or given-up mails older than {}", deleted, properties.retention());
        }
        return deleted;
    }
}
