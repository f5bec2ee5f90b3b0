package se.bygdeportalen.platform.files;

import java.io.InputStream;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Builds the response that serves a stored file, with headers that keep the content from ever
 * running as part of the site: the stored type with {@code nosniff}, a download name, and
 * {@code Content-Security-Policy: default-src 'none'; sandbox}, which the platform's CSP writer
 * leaves alone because it is already set. Spring MVC answers {@code If-None-Match} (304) and
 * {@code Range} (206) from the entity tag and the resource.
 *
 * <p>Call it from a module's controller after the module has checked that the visitor may see
 * the file:
 * <pre>{@code
 * // GET /{lang}/medborgarforslag/{number}/bilagor/{fileId}
 * ResponseEntity<Resource> attachment(@PathVariable String number, @PathVariable UUID fileId) {
 *     StoredFile file = proposals.visibleAttachment(number, fileId).orElseThrow(Problem::notFound);
 *     return fileResponses.attachment(file);
 * }
 * }</pre>
 *
 * <p>Chromium and Safari do not show a PDF in the browser under a {@code sandbox} policy, so serve
 * PDFs as attachments; {@link #inline} suits pictures.
 */
@Component
public class FileResponses {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";
    static final Duration DEFAULT_MAX_AGE = Duration.ofHours(1);

    private final FileStorage storage;

    FileResponses(FileStorage storage) {
        this.storage = storage;
    }

    /** The file as a download. */
    public ResponseEntity<Resource> attachment(StoredFile file) {
        return response(file, false, DEFAULT_MAX_AGE);
    }

    /** The file shown in the browser, e.g. a picture opened in its own tab. */
    public ResponseEntity<Resource> inline(StoredFile file) {
        return response(file, true, DEFAULT_MAX_AGE);
    }

    /**
     * @param inline whether the browser may show it rather than download it
     * @param maxAge how long the visitor's own browser may reuse it; shared caches never store it
     */
    public ResponseEntity<Resource> response(StoredFile file, boolean inline, Duration maxAge) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.sizeBytes())
                .eTag(file.etag())
                .cacheControl(CacheControl.maxAge(maxAge).cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(inline, file.originalName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                // Other sites cannot embed it either, even where the visitor's cookies would be sent.
                .header("Cross-Origin-Resource-Policy", "same-origin")
                .body(new StoredFileResource(storage, file));
    }

    /** The stored content as a Spring resource; opened only when the response is written. */
    private static final class StoredFileResource extends AbstractResource {

        private final FileStorage storage;
        private final StoredFile file;

        StoredFileResource(FileStorage storage, StoredFile file) {
            this.storage = storage;
            this.file = file;
        }

        @Override
        public InputStream getInputStream() {
            return storage.open(file);
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public long contentLength() {
            return file.sizeBytes();
        }

        @Override
        public String getDescription() {
            return "stored file " + file.id();
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof StoredFileResource r && r.file.id().equals(file.id());
        }

        @Override
        public int hashCode() {
            return file.id().hashCode();
        }
    }
}
