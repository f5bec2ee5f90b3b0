package se.bygdeportalen.proposals.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A public proposal as the list shows it: only fields that are public (never the proposer's
 * contact details, personal identity number, sex or age).
 *
 * @param language the language the proposal is written in, for its {@code lang} attribute
 * @param excerpt  the start of the text, cut at a word
 */
public record ProposalListItem(
        long id,
        String caseNumber,
        int year,
        int number,
        String title,
        String language,
        String status,
        @Nullable String category,
        @Nullable String villageSlug,
        @Nullable Instant publishedAt,
        @Nullable Instant answeredAt,
        int supportCount,
        @Nullable String answerOutcome,
        String excerpt) {

    /** The proposal's page without the language prefix, e.g. {@code /medborgarforslag/2026-17}. */
    public java.time.@Nullable LocalDate publishedOn() {
        return publishedAt == null
                ? null
                : publishedAt
                        .atZone(se.bygdeportalen.platform.i18n.DateFormats.ZONE)
                        .toLocalDate();
    }

    public java.time.@Nullable LocalDate answeredOn() {
        return answeredAt == null
                ? null
                : answeredAt
                        .atZone(se.bygdeportalen.platform.i18n.DateFormats.ZONE)
                        .toLocalDate();
    }

    /** The tag colour of the status. */
    public String statusVariant() {
        return switch (status) {
            case "ANSWERED" -> "success";
            case "REFERRED" -> "warning";
            case "PUBLISHED" -> "info";
            default -> "neutral";
        };
    }

    public String path() {
        return "/medborgarforslag/" + year + "-" + number;
    }
}
