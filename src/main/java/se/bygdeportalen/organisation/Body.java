package se.bygdeportalen.organisation;

import org.jspecify.annotations.Nullable;
import se.bygdeportalen.platform.i18n.TranslatableText;

/**
 * A political body. Working groups (utskott, beredningar) belong to a parent body.
 *
 * @param slug stable name in URLs, e.g. {@code kommunstyrelsen}
 */
public record Body(
        long id,
        String slug,
        Kind kind,
        TranslatableText name,
        @Nullable Long parentId,
        boolean active) {

    /** Swedish municipal law's kinds of body, in the order the law ranks them. */
    public enum Kind {
        COUNCIL,
        EXECUTIVE_BOARD,
        COMMITTEE,
        WORKING_GROUP
    }
}
