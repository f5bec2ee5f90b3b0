package se.bygdeportalen.decisions.internal;

import org.jspecify.annotations.Nullable;

/**
 * The registrar's conscious override of a time-limit warning: "I have read the warning and continue"
 * and why. {@link #NONE} when the box is not ticked.
 */
public record WarningOverride(boolean confirmed, @Nullable String reason) {

    public static final WarningOverride NONE = new WarningOverride(false, null);
}
