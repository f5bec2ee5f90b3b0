package se.bygdeportalen.platform.files;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.util.unit.DataSize;

/**
 * What one upload may be: which kinds of file and how large. The size is counted on the bytes
 * actually received, never taken from a header. A limit on how many files a form takes belongs to
 * the caller; {@link FileRejectedException#tooMany(int)} gives it the shared message.
 *
 * @param kinds    the kinds allowed, at least one
 * @param maxBytes the largest upload accepted, in bytes
 */
public record UploadPolicy(Set<FileKind> kinds, long maxBytes) {

    /** Pictures and PDF documents of at most 10 MB each: attachments to proposals and applications. */
    public static final UploadPolicy IMAGES_AND_PDF_10_MB = imagesAndPdf(DataSize.ofMegabytes(10));

    public UploadPolicy {
        if (kinds == null || kinds.isEmpty()) {
            throw new IllegalArgumentException("An upload policy must allow at least one kind of file");
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("An upload policy needs a positive size limit");
        }
        kinds = Set.copyOf(EnumSet.copyOf(kinds));
    }

    public static UploadPolicy imagesAndPdf(DataSize max) {
        return new UploadPolicy(EnumSet.of(FileKind.IMAGE, FileKind.PDF), max.toBytes());
    }

    public static UploadPolicy images(DataSize max) {
        return new UploadPolicy(EnumSet.of(FileKind.IMAGE), max.toBytes());
    }

    public static UploadPolicy pdf(DataSize max) {
        return new UploadPolicy(EnumSet.of(FileKind.PDF), max.toBytes());
    }

    public boolean allows(FileKind kind) {
        return kinds.contains(kind);
    }

    boolean allows(FileType type) {
        return allows(type.kind());
    }

    /** The accepted formats for messages and hints, e.g. {@code "JPEG, PNG, PDF"}. */
    public String allowedFormats() {
        return Stream.of(FileType.values())
                .filter(this::allows)
                .map(FileType::label)
                .collect(Collectors.joining(", "));
    }

    /** The size limit in megabytes (1 MB = 1024 × 1024 bytes, as in Spring's DataSize), e.g. {@code "10"} or {@code "2.5"}. */
    public String maxMegabytes() {
        return BigDecimal.valueOf(maxBytes)
                .divide(BigDecimal.valueOf(DataSize.ofMegabytes(1).toBytes()), 1, RoundingMode.DOWN)
                .stripTrailingZeros()
                .toPlainString();
    }
}
