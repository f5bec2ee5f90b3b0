package se.bygdeportalen.platform.mail;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.bygdeportalen.platform.i18n.Lang;

/** One mail in the outbox, as the sender and the administrators' pages read it. */
public record OutboxMail(
        long id,
        Instant createdAt,
        String category,
        String recipient,
        @Nullable String recipientName,
        String subject,
        String bodyText,
        @Nullable String bodyHtml,
        Lang lang,
        @Nullable String unsubscribeUrl,
        MailStatus status,
        int attempts,
        @Nullable Instant nextAttemptAt,
        @Nullable Instant lastAttemptAt,
        @Nullable String lastError,
        @Nullable String transport,
        @Nullable Instant sentAt) {

    public boolean hasHtml() {
        return bodyHtml != null;
    }

    /** The plain-text body as paragraphs of lines, for showing it on a page without inline styles. */
    public List<List<String>> textParagraphs() {
        return Arrays.stream(bodyText.strip().split("\\R\\s*\\R"))
                .map(p -> List.of(p.split("\\R")))
                .toList();
    }
}
