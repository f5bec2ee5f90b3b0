package se.bygdeportalen.platform.mail;

import java.util.Locale;

/** Where a mail in the outbox stands. */
public enum MailStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** Handed to the SMTP server (or, on the demo run, put in the demo inbox). */
    SENT,
    /** Given up after the last allowed attempt; an administrator may queue it again. */
    FAILED;

    /** Message key of the status's name, e.g. {@code mail.status.pending}. */
    public String messageKey() {
        return "mail.status." + name().toLowerCase(Locale.ROOT);
    }
}
