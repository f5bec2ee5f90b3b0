package se.bygdeportalen.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells a file's format from its first bytes with Tika's magic numbers. The name and the client's
 * Content-Type are never consulted: both are chosen by the uploader.
 */
final class TypeDetector {

    /** Enough for every signature we accept; a text or HTML file is told apart well within it. */
    static final int HEAD_BYTES = 8 * 1024;

    private static final Detector DETECTOR = MimeTypes.getDefaultMimeTypes();
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private TypeDetector() {}

    static Optional<FileType> detect(byte[] head) {
        MediaType detected;
        try {
            // No resource name in the metadata: detection by content only.
            detected = DETECTOR.detect(new ByteArrayInputStream(head), new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<FileType> type = FileType.ofMediaType(detected.getBaseType().toString());
        // Tika also accepts a PDF signature after leading junk; readers differ on that, so we do not.
        if (type.filter(t -> t == FileType.PDF).isPresent() && !startsWith(head, PDF_HEADER)) {
            return Optional.empty();
        }
        return type;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
