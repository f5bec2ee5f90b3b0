package se.bygdeportalen.platform.manifest;

/** A published dataset: {@code path} follows the language prefix or is absolute under {@code /api/v1/}. */
public record OpenDataExport(String id, String nameKey, String path, String mediaType) {
}
