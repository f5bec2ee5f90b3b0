package se.bygdeportalen.platform.files;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The formats the storage accepts, as detected from a file's content. WebP is left out on purpose:
 * the JDK's ImageIO cannot decode it, and a picture we cannot decode we cannot clean.
 */
enum FileType {
    JPEG("image/jpeg", FileKind.IMAGE, "JPEG", "jpeg", List.of("jpg", "jpeg", "jpe", "jfif")),
    PNG("image/png", FileKind.IMAGE, "PNG", "png", List.of("png")),
    PDF("application/pdf", FileKind.PDF, "PDF", null, List.of("pdf"));

    private final String mediaType;
    private final FileKind kind;
    private final String label;
    private final @Nullable String imageFormat;
    private final List<String> extensions;

    FileType(String mediaType, FileKind kind, String label, @Nullable String imageFormat, List<String> extensions) {
        this.mediaType = mediaType;
        this.kind = kind;
        this.label = label;
        this.imageFormat = imageFormat;
        this.extensions = extensions;
    }

    String mediaType() {
        return mediaType;
    }

    FileKind kind() {
        return kind;
    }

    /** The name people know the format by, the same in every language. */
    String label() {
        return label;
    }

    /** ImageIO format name; null for documents. */
    @Nullable
    String imageFormat() {
        return imageFormat;
    }

    /** Extensions that name this format, the preferred one first; lower case, without the dot. */
    List<String> extensions() {
        return extensions;
    }

    static Optional<FileType> ofMediaType(String mediaType) {
        for (FileType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
