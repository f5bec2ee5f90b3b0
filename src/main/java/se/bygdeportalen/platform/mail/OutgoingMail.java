package se.bygdeportalen.platform.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import se.bygdeportalen.platform.i18n.Lang;

/**
 * One mail to one person, as a module hands it to the {@link MailOutbox}. The texts are final: the
 * module writes them in the recipient's language before it enqueues. Invalid values are refused here
 * with an {@link IllegalArgumentException} whose message never repeats the value, so a malformed
 * address or a header injection never reaches the outbox, and personal data never reaches a log.
 *
 * @param recipient      a bare address such as {@code anna@example.se} (RFC 822, checked strictly)
 * @param recipientName  the name shown beside the address, or null
 * @param subject        one line, at most {@value #MAX_SUBJECT} characters
 * @param bodyText       the plain-text body; always sent, also when there is an HTML body
 * @param bodyHtml       an HTML alternative to the text, or null
 * @param lang           the language the mail is written in; sent as Content-Language
 * @param category       what kind of mail it is, e.g. {@code proposals.receipt}; shown to administrators
 * @param unsubscribeUrl absolute http(s) or mailto URL for the List-Unsubscribe header, or null
 */
public record OutgoingMail(
        String recipient,
        @Nullable String recipientName,
        String subject,
        String bodyText,
        @Nullable String bodyHtml,
        Lang lang,
        String category,
        @Nullable String unsubscribeUrl) {

    public static final int MAX_SUBJECT = 250;
    public static final int MAX_NAME = 200;
    public static final int MAX_BODY = 500_000;
    static final int MAX_ADDRESS = 254;
    static final int MAX_URL = 2000;
    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    public OutgoingMail {
        recipient = validAddress(recipient);
        recipientName = blankToNull(recipientName);
        if (recipientName != null) {
            requireOneLine(recipientName, "recipient name");
            requireMax(recipientName, MAX_NAME, "recipient name");
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A mail needs a subject");
        }
        requireOneLine(subject, "subject");
        requireMax(subject, MAX_SUBJECT, "subject");
        if (bodyText == null || bodyText.isBlank()) {
            throw new IllegalArgumentException("A mail needs a plain-text body");
        }
        requireMax(bodyText, MAX_BODY, "text body");
        bodyHtml = blankToNull(bodyHtml);
        if (bodyHtml != null) {
            requireMax(bodyHtml, MAX_BODY, "HTML body");
        }
        if (lang == null) {
            throw new IllegalArgumentException("A mail needs a language");
        }
        if (category == null || !CATEGORY.matcher(category).matches()) {
            throw new IllegalArgumentException(
                    "A mail category is lower-case letters, digits, '.', '_' and '-', e.g. proposals.receipt");
        }
        unsubscribeUrl = validUnsubscribeUrl(blankToNull(unsubscribeUrl));
    }

    /** A plain-text mail without a name, an HTML body or an unsubscribe link. */
    public static OutgoingMail text(String recipient, String subject, String bodyText, Lang lang, String category) {
        return new OutgoingMail(recipient, null, subject, bodyText, null, lang, category, null);
    }

    private static String validAddress(String address) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("A mail needs a recipient address");
        }
        String stripped = address.strip();
        if (stripped.length() > MAX_ADDRESS || hasLineBreakOrControl(stripped)) {
            throw new IllegalArgumentException("Invalid recipient address");
        }
        try {
            InternetAddress parsed = new InternetAddress(stripped, true);
            // Only a bare address (no display name, group or list), at a domain with a dot, which catches
            // typos such as "anna@examplese" that the parser accepts.
            String domain = stripped.substring(stripped.lastIndexOf('@') + 1);
            if (parsed.isGroup()
                    || parsed.getPersonal() != null
                    || !stripped.equals(parsed.getAddress())
                    || !domain.contains(".")
                    || domain.startsWith(".")
                    || domain.endsWith(".")) {
                throw new IllegalArgumentException("Invalid recipient address");
            }
        } catch (AddressException e) {
            throw new IllegalArgumentException("Invalid recipient address");
        }
        return stripped;
    }

    private static @Nullable String validUnsubscribeUrl(@Nullable String url) {
        if (url == null) {
            return null;
        }
        // Angle brackets and commas delimit URLs in the header; whitespace could fold it.
        if (url.length() > MAX_URL
                || hasLineBreakOrControl(url)
                || url.chars().anyMatch(c -> c == '<' || c == '>' || c == ',' || Character.isWhitespace(c))) {
            throw new IllegalArgumentException("Invalid unsubscribe URL");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
            if (!web && !scheme.equals("mailto")) {
                throw new IllegalArgumentException("The unsubscribe URL must be an absolute http(s) or mailto URL");
            }
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("Invalid unsubscribe URL");
        }
        return url;
    }

    private static void requireOneLine(String value, String what) {
        if (hasLineBreakOrControl(value)) {
            throw new IllegalArgumentException("The " + what + " must be one line without control characters");
        }
    }

    private static void requireMax(String value, int max, String what) {
        if (value.length() > max) {
            throw new IllegalArgumentException("The " + what + " is longer than " + max + " characters");
        }
    }

    /** CR, LF and every other control character, plus the Unicode line and paragraph separators. */
    private static boolean hasLineBreakOrControl(String value) {
        return value.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
