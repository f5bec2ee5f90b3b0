package se.bygdeportalen.platform.files;

/** What an {@link UploadPolicy} can allow. */
public enum FileKind {
    /** Pictures (JPEG, PNG). They are re-encoded on upload, so no metadata survives. */
    IMAGE,
    /** PDF documents without scripts, actions or embedded files. They are stored unchanged. */
    PDF
}
