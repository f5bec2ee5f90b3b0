package se.bygdeportalen.platform.files;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A file in the storage. The content lives on disk under a server-generated name; this is its
 * metadata row. Modules keep the id in their own tables and decide who may see the file.
 *
 * @param id           server-generated, also the name on disk
 * @param originalName the name the uploader gave, cleaned (no path, no control characters, at most
 *                     200 characters) and with an extension that matches the content
 * @param contentType  detected from the content, e.g. {@code image/jpeg}
 * @param sizeBytes    size of the stored content (for pictures: after re-encoding)
 * @param sha256       hex SHA-256 of the stored content
 * @param width        pixels, for pictures after EXIF orientation; null for documents
 * @param height       pixels, for pictures after EXIF orientation; null for documents
 * @param createdAt    when it was stored
 */
public record StoredFile(
        UUID id,
        String originalName,
        String contentType,
        long sizeBytes,
        String sha256,
        @Nullable Integer width,
        @Nullable Integer height,
        Instant createdAt) {

    public FileKind kind() {
        return FileType.ofMediaType(contentType)
                .map(FileType::kind)
                .orElseThrow(() -> new IllegalStateException("Unknown stored content type " + contentType));
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    /** A strong HTTP entity tag: the content never changes under one id. */
    public String etag() {
        return "\"" + sha256 + "\"";
    }
}
