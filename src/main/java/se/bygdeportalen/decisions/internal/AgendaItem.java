package se.bygdeportalen.decisions.internal;

import org.jspecify.annotations.Nullable;
import se.bygdeportalen.platform.i18n.TranslatableText;

/**
 * An item (ärende) on a meeting's agenda, numbered from 1 in the order it is dealt with. A linked
 * citizen proposal's title and page are kept as read when it was linked, so pages need no calls to the proposals module.
 */
public record AgendaItem(
        long id,
        long meetingId,
        int number,
        @Nullable String caseNumber,
        TranslatableText title,
        @Nullable Long proposalId,
        @Nullable String proposalTitle,
        @Nullable String proposalPath) {}
