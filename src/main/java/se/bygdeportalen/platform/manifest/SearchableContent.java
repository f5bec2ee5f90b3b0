package se.bygdeportalen.platform.manifest;

/** A kind of public content the site search covers, e.g. proposals or decisions. */
public record SearchableContent(String type, String nameKey) {
}
