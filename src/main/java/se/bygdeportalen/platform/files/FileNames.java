package se.bygdeportalen.platform.files;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Cleans the names uploaders give their files and writes them into {@code Content-Disposition}.
 * The name is only ever shown and offered for download; on disk every file is named by its id.
 */
final class FileNames {

    static final int MAX_LENGTH = 200;
    static final String FALLBACK_BASE = "file";

    private static final String RFC5987_SAFE = "!#$&+-.^_`|~";

    /** What counts as an extension: 1–5 ASCII letters and digits with a letter among them ("v1.2" has none). */
    private static final Pattern EXTENSION = Pattern.compile("(?=[0-9]*[A-Za-z])[A-Za-z0-9]{1,5}");

    private FileNames() {}

    /**
     * Keeps the last path segment, drops control, format (bidi overrides, zero-width) and
     * unassigned characters, and trims dots and spaces. The extension must name the format found in
     * the content: a name without one gets the format's, a name with another is refused, never renamed
     * (a PDF named {@code .png} is a mistake the uploader should see). The result is at most
     * {@value #MAX_LENGTH} code points.
     *
     * @throws FileRejectedException {@code files.rejected.extensionMismatch} when the extension names another format
     */
    static String sanitize(@Nullable String originalName, FileType type) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            switch (Character.getType(cp)) {
                case Character.CONTROL,
                        Character.FORMAT,
                        Character.SURROGATE,
                        Character.PRIVATE_USE,
                        Character.UNASSIGNED,
                        Character.LINE_SEPARATOR,
                        Character.PARAGRAPH_SEPARATOR -> {
                    // dropped: invisible, or able to make a name look like something else
                }
                case Character.SPACE_SEPARATOR -> clean.append(' ');
                default -> clean.appendCodePoint("<>:\"|?*".indexOf(cp) >= 0 ? '_' : cp);
            }
        });
        // Trailing dots and spaces go first, so "a.pdf." still ends in ".pdf"; leading ones after the split, so ".png"
        // has no base.
        String trimmed = trimEnd(clean.toString().replaceAll(" {2,}", " "));

        String base = trim(trimmed);
        String extension = type.extensions().getFirst();
        int dot = trimmed.lastIndexOf('.');
        if (dot >= 0) {
            String given = trimmed.substring(dot + 1);
            String before = trim(trimmed.substring(0, dot));
            if (EXTENSION.matcher(given).matches()) {
                given = given.toLowerCase(Locale.ROOT);
                if (type.extensions().contains(given)) {
                    base = before;
                    extension = given;
                } else if (!before.isEmpty()) {
                    throw FileRejectedException.extensionMismatch(given, type);
                }
                // A name that is only a dot and a word (".exe") has no extension: the word is its base.
            }
        }
        int room = MAX_LENGTH - extension.length() - 1;
        if (base.codePointCount(0, base.length()) > room) {
            base = trim(base.substring(0, base.offsetByCodePoints(0, room)));
        }
        if (base.isEmpty()) {
            base = FALLBACK_BASE;
        }
        return base + "." + extension;
    }

    /**
     * {@code attachment} or {@code inline} with the name twice, as RFC 6266 recommends: an ASCII
     * {@code filename} for old clients and the exact UTF-8 name in {@code filename*} (RFC 8187).
     */
    static String contentDisposition(boolean inline, String name) {
        return (inline ? "inline" : "attachment") + "; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''"
                + percentEncode(name);
    }

    /** "Förslag om älv.pdf" becomes "Forslag om alv.pdf"; what has no ASCII form becomes "_". */
    static String asciiFallback(String name) {
        String stripped = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(stripped.length());
        stripped.codePoints()
                .forEach(cp ->
                        out.append(cp >= 0x20 && cp < 0x7f && cp != '"' && cp != '\\' && cp != '%' ? (char) cp : '_'));
        return out.toString();
    }

    static String percentEncode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || RFC5987_SAFE.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static String trimEnd(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '.')) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '.')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '.')) {
            end--;
        }
        return s.substring(start, end);
    }
}
