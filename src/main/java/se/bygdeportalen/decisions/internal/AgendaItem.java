package se.bygdeportalen.decisions.internal;

import se.bygdeportalen.platform.i18n.TranslatableText;

/**
 * An item (ärende) on a meeting's agenda, numbered from 1 in the order it is dealt with. A linked
 * citizen proposal's title and page are kept as read when it was linked, so pages need no calls to the proposals module.
 */
public record AgendaItem(
        long id,
        long meetingId,
        int number,
        String caseNumber,
        TranslatableText title,
        Long proposalId,
        String proposalTitle,
        String proposalPath) {}
