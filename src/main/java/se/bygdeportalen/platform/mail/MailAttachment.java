package se.bygdeportalen.platform.mail;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A file sent with a mail, such as a PDF receipt. Only a few harmless types are allowed, the name is
 * plain ASCII (it ends up in a MIME header), and one file is at most {@value #MAX_BYTES} bytes.
 */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PER_MAIL = 5;
    static final Set<String> TYPES = Set.of("application/pdf", "text/calendar", "image/png", "image/jpeg");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public MailAttachment {
        if (fileName == null || !NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("An attachment name is 1-100 ASCII letters, digits, '.', '_' or '-'");
        }
        if (!TYPES.contains(contentType)) {
            throw new IllegalArgumentException("Attachments may be PDF, iCalendar, PNG or JPEG");
        }
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new IllegalArgumentException("An attachment holds 1 byte to " + MAX_BYTES + " bytes");
        }
    }

    public static MailAttachment pdf(String fileName, byte[] content) {
        return new MailAttachment(fileName, "application/pdf", content);
    }

    /** Name and size, for pages that list attachments without loading them. */
    public record Info(long mailId, int position, String fileName, String contentType, long size) {}
}
