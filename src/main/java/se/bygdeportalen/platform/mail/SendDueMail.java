package se.bygdeportalen.platform.mail;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.mail.internal.MailOutboxRepository;
import se.bygdeportalen.platform.mail.internal.MailTransport;

/**
 * Sends the outbox's due mail. It claims a small batch at a time with FOR UPDATE SKIP LOCKED, so
 * concurrent senders (threads or instances) never take the same mail, and records each mail's
 * outcome on its own as soon as it is known, so a crash re-sends at most the mail that was in flight.
 * A failed mail is retried with exponential back-off and given up after the last allowed attempt.
 * The scheduled task calls it every few seconds; tests call {@link #send()} directly.
 */
@Component
public class SendDueMail {

    /** How long a claimed mail stays reserved for its sender; if the sender dies, another takes it after this. */
    static final Duration CLAIM = Duration.ofMinutes(10);

    private static final int MAX_ERROR = 1000;
    private static final int MAX_CAUSES = 6;
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>()\\[\\],;:\"']+@[^\\s<>()\\[\\],;:\"']+");
    private static final Logger log = LoggerFactory.getLogger(SendDueMail.class);

    private final MailOutboxRepository outbox;
    private final MailTransport transport;
    private final MailOutboxProperties properties;
    private final Clock clock;

    SendDueMail(MailOutboxRepository outbox, MailTransport transport, MailOutboxProperties properties, Clock clock) {
        this.outbox = outbox;
        this.transport = transport;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends every due mail now, on the calling thread; returns how many were sent. */
    public int send() {
        return send(() -> false);
    }

    /**
     * Sends due mail batch by batch until none is due, the SMTP server is unreachable, or
     * {@code stopping} says the application shuts down. Mail claimed but not attempted is handed
     * back at once, so an unreachable server costs one connection attempt per run, not one per mail.
     */
    int send(BooleanSupplier stopping) {
        if (transport.mode() == MailTransport.Mode.NONE) {
            return 0;
        }
        int sent = 0;
        while (true) {
            Instant now = clock.instant();
            List<OutboxMail> batch = outbox.claimDue(now, now.plus(CLAIM), properties.batchSize());
            for (int i = 0; i < batch.size(); i++) {
                if (stopping.getAsBoolean()) {
                    release(batch.subList(i, batch.size()));
                    return sent;
                }
                Outcome outcome = attempt(batch.get(i));
                if (outcome == Outcome.SENT) {
                    sent++;
                } else if (outcome == Outcome.SERVER_UNREACHABLE) {
                    release(batch.subList(i + 1, batch.size()));
                    return sent;
                }
            }
            if (batch.size() < properties.batchSize() || stopping.getAsBoolean()) {
                return sent;
            }
        }
    }

    private enum Outcome {
        SENT,
        FAILED,
        SERVER_UNREACHABLE
    }

    private Outcome attempt(OutboxMail mail) {
        try {
            transport.deliver(mail, outbox.attachments(mail.id()));
        } catch (RuntimeException e) {
            recordFailure(mail, e);
            return serverUnreachable(e) ? Outcome.SERVER_UNREACHABLE : Outcome.FAILED;
        }
        outbox.markSent(mail.id(), transport.name(), clock.instant());
        return Outcome.SENT;
    }

    /** Logs by outbox id and category only: the address, the subject and the body are personal data. */
    private void recordFailure(OutboxMail mail, RuntimeException e) {
        int attempts = mail.attempts() + 1;
        Instant now = clock.instant();
        String error = describe(e);
        if (attempts >= properties.maxAttempts()) {
            outbox.markFailed(mail.id(), attempts, error, now, null);
            log.warn("Mail {} ({}) given up after {} attempts: {}", mail.id(), mail.category(), attempts, error);
        } else {
            Instant next = now.plus(properties.retryDelay(attempts));
            outbox.markFailed(mail.id(), attempts, error, now, next);
            log.warn(
                    "Mail {} ({}) not sent, attempt {} of {}, next attempt at {}: {}",
                    mail.id(),
                    mail.category(),
                    attempts,
                    properties.maxAttempts(),
                    next,
                    error);
        }
    }

    private void release(List<OutboxMail> mails) {
        outbox.release(mails.stream().map(OutboxMail::id).toList(), clock.instant());
    }

    /** True when the server could not be reached at all, so every other mail would fail the same way now. */
    static boolean serverUnreachable(Throwable e) {
        return e instanceof MailAuthenticationException
                || causes(e).stream()
                        .anyMatch(t -> t instanceof SocketException
                                || t instanceof SocketTimeoutException
                                || t instanceof UnknownHostException);
    }

    /**
     * The error for the outbox and the log: each cause's type and own message, addresses masked,
     * truncated. Exceptions of mail sending carry server replies, never the body.
     */
    static String describe(Throwable e) {
        String text = causes(e).stream()
                .map(t -> t.getClass().getSimpleName() + (ownMessage(t).isBlank() ? "" : ": " + ownMessage(t)))
                .distinct()
                .collect(Collectors.joining(" / "));
        text = ADDRESS.matcher(text)
                .replaceAll("[address]")
                .replaceAll("\\s+", " ")
                .strip();
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }

    /** The exception and its causes; a MailSendException without a cause keeps them as its failed messages. */
    private static List<Throwable> causes(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        Throwable t = e;
        while (t != null && chain.size() < MAX_CAUSES && !chain.contains(t)) {
            chain.add(t);
            t = t.getCause() == null && t instanceof MailSendException m && m.getMessageExceptions().length > 0
                    ? m.getMessageExceptions()[0]
                    : t.getCause();
        }
        return chain;
    }

    /** A message without what Spring and Jakarta Mail append of the causes, which are listed on their own. */
    private static String ownMessage(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage();
        for (String appended : List.of("Failed messages:", "; nested exception is")) {
            int at = message.indexOf(appended);
            if (at >= 0) {
                message = message.substring(0, at);
            }
        }
        return message.strip().replaceAll("[.;]$", "");
    }
}
