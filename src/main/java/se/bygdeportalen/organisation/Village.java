package se.bygdeportalen.organisation;

import se.bygdeportalen.platform.i18n.TranslatableText;

/** A village or area of the municipality; most have only their Swedish (official) name. */
public record Village(long id, String slug, TranslatableText name) {}
