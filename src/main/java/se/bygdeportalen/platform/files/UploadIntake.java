package se.bygdeportalen.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives one upload into a work file and checks it, in the order that refuses bad uploads
 * cheapest: the type from the first bytes (a 1 GB video is refused after 8 KB) and the name's
 * extension against it, the size while streaming (stops one byte past the cap), the virus scan of the
 * bytes as received (before any parser of ours reads them), then the content (PDF scan and parse,
 * picture re-encoding within a pixel budget). What it returns is ready to be moved into place; on any
 * failure it leaves nothing behind.
 */
final class UploadIntake {

    /** A checked upload in a work file that the caller must move or delete. */
    record Accepted(
            Path file,
            FileType type,
            String name,
            long sizeBytes,
            String sha256,
            @Nullable Integer width,
            @Nullable Integer height) {}

    private static final Logger log = LoggerFactory.getLogger(UploadIntake.class);

    private final ImageSanitizer images;
    private final VirusScanner scanner;

    UploadIntake(ImageSanitizer images, VirusScanner scanner) {
        this.images = images;
        this.scanner = scanner;
    }

    Accepted receive(InputStream content, @Nullable String originalName, UploadPolicy policy, Path workDir)
            throws IOException {
        byte[] head = content.readNBytes(TypeDetector.HEAD_BYTES);
        if (head.length == 0) {
            throw FileRejectedException.empty();
        }
        FileType type =
                TypeDetector.detect(head).filter(policy::allows).orElseThrow(() -> FileRejectedException.type(policy));
        String name = FileNames.sanitize(originalName, type);

        Path received = Files.createTempFile(workDir, "upload-", ".part");
        Path clean = null;
        try {
            long size = copyCapped(head, content, received, policy);
            scan(received);
            switch (type.kind()) {
                case PDF -> {
                    switch (PdfInspector.inspect(received)) {
                        case ACTIVE_CONTENT -> throw FileRejectedException.pdfActiveContent();
                        case ENCRYPTED -> throw FileRejectedException.pdfEncrypted();
                        case CLEAN -> {}
                    }
                    if (!PdfInspector.parses(received)) {
                        throw FileRejectedException.unreadablePdf();
                    }
                    // Stored as received; the hash is of exactly these bytes.
                    return new Accepted(received, type, name, size, sha256(received), null, null);
                }
                case IMAGE -> {
                    clean = Files.createTempFile(workDir, "clean-", ".part");
                    ImageSanitizer.Result image = images.sanitize(received, type, clean);
                    Files.delete(received);
                    return new Accepted(
                            clean, type, name, Files.size(clean), sha256(clean), image.width(), image.height());
                }
                default -> throw new IllegalStateException("Unhandled kind " + type.kind());
            }
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(received);
            deleteQuietly(clean);
            throw e;
        }
    }

    /** Refuses what the scanner finds, and refuses too when it cannot be asked: fail closed. */
    private void scan(Path received) {
        VirusScanner.Verdict verdict;
        try {
            verdict = scanner.scan(received);
        } catch (IOException | RuntimeException e) {
            log.error("Refused an upload: the virus scanner could not be used", e);
            throw FileRejectedException.scannerUnavailable();
        }
        if (verdict instanceof VirusScanner.Infected infected) {
            log.warn("Refused an upload: the virus scanner found {}", infected.signature());
            throw FileRejectedException.virus();
        }
    }

    /** Writes the head and the rest of the stream, refusing as soon as one byte more than allowed arrives. */
    private static long copyCapped(byte[] head, InputStream rest, Path target, UploadPolicy policy) throws IOException {
        long size = head.length;
        if (size > policy.maxBytes()) {
            throw FileRejectedException.tooLarge(policy);
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(head);
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = rest.read(buffer, 0, (int) Math.min(buffer.length, policy.maxBytes() - size + 1))) != -1) {
                size += n;
                if (size > policy.maxBytes()) {
                    throw FileRejectedException.tooLarge(policy);
                }
                out.write(buffer, 0, n);
            }
        }
        return size;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static void deleteQuietly(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A leftover work file is removed at the next start; see FileStorage.
            }
        }
    }
}
