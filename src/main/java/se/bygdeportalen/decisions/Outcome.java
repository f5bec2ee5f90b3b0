package se.bygdeportalen.decisions;

import java.util.List;

/**
 * What a use case with time-limit rules did: saved ({@code id} of the record), refused for bad input
 * (field errors in the binding result), or stopped at a warning the registrar must confirm.
 */
record Outcome(long id, List<Rule> warnings) {

    static Outcome saved(long id) {
        return new Outcome(id, List.of());
    }

    static Outcome invalid() {
        return new Outcome(-1, List.of());
    }

    static Outcome confirm(List<Rule> warnings) {
        return new Outcome(-1, warnings);
    }

    boolean isSaved() {
        return id >= 0;
    }

    boolean needsConfirmation() {
        return !isSaved() && !warnings.isEmpty();
    }
}
