package se.bygdeportalen.decisions.internal;

import org.jspecify.annotations.Nullable;

/**
 * One impact assessment of a decision (gender equality, public health or the child's best interest).
 * For gender equality the four questions of SKR's checklist for gender-equal decisions are answered too.
 *
 * @param text the assessment when ASSESSED, the reason when NOT_RELEVANT, null when MISSING
 */
public record Assessment(
        Status status, @Nullable String text, @Nullable Checklist checklist) {

    public enum Status {
        ASSESSED,
        NOT_RELEVANT,
        MISSING
    }

    /** The kinds of assessment, in the order the pages show them. */
    public enum Kind {
        GENDER,
        HEALTH,
        CHILD
    }

    /**
     * SKR's checklist: does the decision affect women and men, girls and boys; were sex-disaggregated
     * statistics used; are the consequences described; are there measures for unjustified differences.
     */
    public record Checklist(
            @Nullable Boolean affects,
            @Nullable Boolean statistics,
            @Nullable Boolean consequences,
            @Nullable Boolean measures) {}

    public static Assessment missing() {
        return new Assessment(Status.MISSING, null, null);
    }

    /** Considered: assessed, or judged not relevant with a reason (see docs/modules/decisions.md). */
    public boolean considered() {
        return status != Status.MISSING;
    }
}
