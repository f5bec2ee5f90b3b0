package se.bygdeportalen.decisions.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.bygdeportalen.platform.i18n.TranslatableText;

/**
 * A decision of a body, numbered {@code § paragraph/year} per body (the minutes' paragraph).
 *
 * @param votesYes null when the decision was taken without a vote
 */
public record Decision(
        long id,
        long meetingId,
        @Nullable Long agendaItemId,
        long bodyId,
        String bodySlug,
        int year,
        int paragraph,
        LocalDate decidedOn,
        @Nullable String caseNumber,
        TranslatableText title,
        TranslatableText body,
        Category category,
        @Nullable Integer votesYes,
        @Nullable Integer votesNo,
        @Nullable Integer votesAbstain,
        @Nullable String reservations,
        @Nullable Long proposalId,
        @Nullable String proposalTitle,
        @Nullable String proposalPath,
        @Nullable String budgetReference,
        Assessment gender,
        Assessment health,
        Assessment child) {

    /** "§ 12/2026". */
    public String reference() {
        return "§ " + paragraph + "/" + year;
    }

    public boolean voted() {
        return votesYes != null;
    }

    public Assessment assessment(Assessment.Kind kind) {
        return switch (kind) {
            case GENDER -> gender;
            case HEALTH -> health;
            case CHILD -> child;
        };
    }

    public String path() {
        return "/beslut/" + id;
    }
}
