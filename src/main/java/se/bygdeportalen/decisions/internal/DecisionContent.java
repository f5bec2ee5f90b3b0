package se.bygdeportalen.decisions.internal;

import org.jspecify.annotations.Nullable;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.usecase.Violations;

/**
 * What a registrar writes about a decision, when recording or correcting it. The assessments are as
 * chosen: {@link #check} tells which are incomplete and {@link Checked} holds them tidied.
 *
 * @param earlierDecisions the decisions it builds on as typed: "12/2026" for the same body, "kommunstyrelsen 12/2026" for another, separated by commas
 * @param gender           the gender-equality assessment with SKR's checklist (answers null when not given)
 */
public record DecisionContent(
        @Nullable TranslatableText title,
        @Nullable TranslatableText text,
        @Nullable Category category,
        @Nullable Integer votesYes,
        @Nullable Integer votesNo,
        @Nullable Integer votesAbstain,
        @Nullable String reservations,
        @Nullable String earlierDecisions,
        @Nullable String budgetReference,
        @Nullable Assessment gender,
        @Nullable Assessment health,
        @Nullable Assessment child) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_VOTES = 1000;
    public static final int MAX_RESERVATIONS = 4000;
    public static final int MAX_BUDGET = 200;
    public static final int MAX_ASSESSMENT = 8000;

    /** The tidied values after {@link #check}: blanks as null, MISSING assessments without text, a checklist only where it belongs. */
    public record Checked(
            @Nullable String reservations,
            @Nullable String budgetReference,
            Assessment gender,
            Assessment health,
            Assessment child) {}

    /**
     * The rules between fields that need no data: complete votes, the text of an assessment or the
     * reason it is not relevant, and the four checklist answers of an assessed gender-equality
     * impact. The form runs them too, so they show with its other errors.
     */
    public Checked check(Violations v) {
        countCheck(votesYes, "votesYes", v);
        countCheck(votesNo, "votesNo", v);
        countCheck(votesAbstain, "votesAbstain", v);
        if ((votesYes == null || votesNo == null)
                && (votesYes != null || votesNo != null || votesAbstain != null)
                && !v.has("votesYes")
                && !v.has("votesNo")
                && !v.has("votesAbstain")) {
            v.reject(votesYes == null ? "votesYes" : "votesNo", "decisions.decision.votes.incomplete");
        }
        String res = optional(reservations, "reservations", MAX_RESERVATIONS, v);
        String budget = optional(budgetReference, "budgetReference", MAX_BUDGET, v);
        Assessment g = assessment(gender, "gender", v);
        if (g.status() == Assessment.Status.ASSESSED) {
            Assessment.Checklist given = gender == null ? null : gender.checklist();
            Assessment.Checklist c = given == null ? new Assessment.Checklist(null, null, null, null) : given;
            answered(c.affects(), "genderAffects", v);
            answered(c.statistics(), "genderStatistics", v);
            answered(c.consequences(), "genderConsequences", v);
            answered(c.measures(), "genderMeasures", v);
            g = new Assessment(g.status(), g.text(), c);
        }
        return new Checked(res, budget, g, assessment(health, "health", v), assessment(child, "child", v));
    }

    /** Title, text and category, which the form checks itself when it reads them. */
    void checkRequired(Violations v) {
        if (title == null || title.raw(Lang.SV) == null) {
            v.reject("title[sv]", "validation.translatable.swedishRequired");
        }
        if (text == null || text.raw(Lang.SV) == null) {
            v.reject("text[sv]", "validation.translatable.swedishRequired");
        }
        if (category == null) {
            v.reject("category", "NotBlank");
        }
    }

    private static void countCheck(@Nullable Integer n, String field, Violations v) {
        if (n != null && (n < 0 || n > MAX_VOTES)) {
            v.reject(field, "decisions.decision.votes.invalid");
        }
    }

    private static @Nullable String optional(@Nullable String raw, String field, int max, Violations v) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (value.length() > max) {
            v.reject(field, "decisions.tooLong", max);
            return null;
        }
        return value;
    }

    private static void answered(@Nullable Boolean answer, String field, Violations v) {
        if (answer == null) {
            v.reject(field, "decisions.decision.checklist.required");
        }
    }

    /** ASSESSED needs the assessment, NOT_RELEVANT a reason. */
    private static Assessment assessment(@Nullable Assessment given, String prefix, Violations v) {
        if (given == null || given.status() == null) {
            v.reject(prefix + "Status", "NotBlank");
            return Assessment.missing();
        }
        if (given.status() == Assessment.Status.MISSING) {
            return Assessment.missing();
        }
        String text = given.text() == null ? "" : given.text().strip();
        if (text.isEmpty()) {
            v.reject(
                    prefix + "Text",
                    given.status() == Assessment.Status.ASSESSED
                            ? "decisions.assessment.textRequired"
                            : "decisions.assessment.reasonRequired");
            return Assessment.missing();
        }
        if (text.length() > MAX_ASSESSMENT) {
            v.reject(prefix + "Text", "decisions.tooLong", MAX_ASSESSMENT);
            return Assessment.missing();
        }
        return new Assessment(given.status(), text, null);
    }
}
