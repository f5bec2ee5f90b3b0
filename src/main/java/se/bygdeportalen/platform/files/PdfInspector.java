package se.bygdeportalen.platform.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Refuses PDFs that can do more than show pages: scripts, launch and submit actions, embedded
 * files, rich media and XFA forms, and encrypted files we cannot look into. It is a byte scan, not
 * a parser: it reads every name token ({@code /JS}, also when hex-escaped as {@code /J#53}) in the
 * file and in its compressed object streams, where PDF 1.5 and later keep most dictionaries.
 * A false alarm is possible when such a word appears in plain text; printing the file to a new PDF
 * resolves it.
 *
 * <p>A file this scan passes must then {@linkplain #parses parse} as a PDF, so what is stored as
 * {@code application/pdf} opens as one.
 */
final class PdfInspector {

    /** What the scan found. */
    enum Verdict {
        CLEAN,
        ACTIVE_CONTENT,
        ENCRYPTED
    }

    static final Set<String> FORBIDDEN_NAMES = Set.of(
            "JavaScript",
            "JS",
            "Launch",
            "EmbeddedFile",
            "EmbeddedFiles",
            "RichMedia",
            "XFA",
            "SubmitForm",
            "ImportData",
            "GoToE");

    /** Decompressed bytes we read from object streams at most; more than this in a 10 MB file is a bomb. */
    static final long INFLATE_BUDGET = 64L * 1024 * 1024;

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OBJ = "obj".getBytes(StandardCharsets.US_ASCII);

    private PdfInspector() {}

    /**
     * Whether PDFBox reads the file as a PDF with at least one page, each page's dictionary resolved.
     * Run after {@link #inspect}, which has refused encrypted files and bounded what object streams
     * inflate to. PDFBox's lenient parser is used, as readers are lenient: a file with a broken
     * cross-reference table that every viewer opens is accepted.
     */
    static boolean parses(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pages = 0;
            for (PDPage page : document.getPages()) {
                if (page.getCOSObject() != null) {
                    pages++;
                }
            }
            return pages > 0;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // Broken structure, or nesting deep enough to exhaust the parser: either way not a PDF we can accept.
            return false;
        }
    }

    static Verdict inspect(Path pdf) throws IOException {
        // The size cap bounds this read.
        return inspect(Files.readAllBytes(pdf));
    }

    static Verdict inspect(byte[] data) {
        Scan scan = new Scan();
        boolean objectStream = false;
        for (int i = 0; i < data.length && scan.verdict == Verdict.CLEAN; i++) {
            int b = data[i] & 0xff;
            if (b == '/') {
                int end = i + 1;
                while (end < data.length && !isDelimiter(data[end] & 0xff)) {
                    end++;
                }
                String name = decodeName(data, i + 1, end);
                scan.name(name);
                objectStream |= name.equals("ObjStm");
                i = end - 1;
            } else if (keywordAt(data, i, OBJ)) {
                objectStream = false;
            } else if (keywordAt(data, i, STREAM) && objectStream) {
                // An object stream holds further dictionaries, compressed: read them too.
                int start = i + STREAM.length;
                if (start < data.length && data[start] == '\r') {
                    start++;
                }
                if (start < data.length && data[start] == '\n') {
                    start++;
                }
                if (!scan.inflate(data, start)) {
                    return Verdict.ACTIVE_CONTENT;
                }
                objectStream = false;
            }
        }
        return scan.verdict;
    }

    /** Decodes the {@code #xx} escapes PDF allows in names, so {@code /J#61vaScript} is caught too. */
    static String decodeName(byte[] data, int from, int to) {
        StringBuilder name = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            int c = data[i] & 0xff;
            if (c == '#'
                    && i + 2 < to
                    && Character.digit(data[i + 1], 16) >= 0
                    && Character.digit(data[i + 2], 16) >= 0) {
                c = Character.digit(data[i + 1], 16) * 16 + Character.digit(data[i + 2], 16);
                i += 2;
            }
            name.append((char) c);
        }
        return name.toString();
    }

    static boolean isDelimiter(int c) {
        return switch (c) {
            case 0, '\t', '\n', '\f', '\r', ' ', '(', ')', '<', '>', '[', ']', '{', '}', '/', '%' -> true;
            default -> false;
        };
    }

    /** A keyword with a delimiter (or the file's edge) on both sides, so {@code endstream} is not {@code stream}. */
    private static boolean keywordAt(byte[] data, int at, byte[] keyword) {
        if (at + keyword.length > data.length) {
            return false;
        }
        for (int k = 0; k < keyword.length; k++) {
            if (data[at + k] != keyword[k]) {
                return false;
            }
        }
        boolean before = at == 0 || isDelimiter(data[at - 1] & 0xff);
        boolean after = at + keyword.length == data.length || isDelimiter(data[at + keyword.length] & 0xff);
        return before && after;
    }

    /** The names seen so far, and the decompression budget left. */
    private static final class Scan {

        Verdict verdict = Verdict.CLEAN;
        long budget = INFLATE_BUDGET;

        void name(String name) {
            if (FORBIDDEN_NAMES.contains(name)) {
                verdict = Verdict.ACTIVE_CONTENT;
            } else if (name.equals("Encrypt") && verdict == Verdict.CLEAN) {
                verdict = Verdict.ENCRYPTED;
            }
        }

        /** Inflates one object stream and scans its names; false when it cannot be read within the budget. */
        boolean inflate(byte[] data, int start) {
            Inflater inflater = new Inflater();
            try {
                inflater.setInput(data, start, data.length - start);
                byte[] chunk = new byte[64 * 1024];
                StreamingNames names = new StreamingNames(this);
                while (!inflater.finished()) {
                    int n = inflater.inflate(chunk);
                    if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        return false;
                    }
                    budget -= n;
                    if (budget < 0) {
                        return false;
                    }
                    names.feed(chunk, n);
                    if (verdict == Verdict.ACTIVE_CONTENT) {
                        return true;
                    }
                }
                names.end();
                return true;
            } catch (DataFormatException e) {
                // Not Flate, or broken: an object stream we cannot read could hide anything.
                return false;
            } finally {
                inflater.end();
            }
        }
    }

    /** Finds name tokens in data that arrives in chunks. */
    private static final class StreamingNames {

        private final Scan scan;
        private final byte[] name = new byte[128];
        private int length = -1;

        StreamingNames(Scan scan) {
            this.scan = scan;
        }

        void feed(byte[] chunk, int count) {
            for (int i = 0; i < count; i++) {
                int c = chunk[i] & 0xff;
                if (length >= 0) {
                    if (isDelimiter(c)) {
                        end();
                    } else if (length < name.length) {
                        name[length++] = (byte) c;
                    }
                }
                if (c == '/') {
                    length = 0;
                }
            }
        }

        void end() {
            if (length >= 0) {
                scan.name(decodeName(name, 0, length));
                length = -1;
            }
        }
    }
}
