package se.bygdeportalen.platform.usecase;

import java.util.List;

/**
 * A rule the person may knowingly override with a reason, such as a legal time limit for a notice:
 * {@code code} names the rule (the override is recorded under it), {@code messageKey} explains it.
 */
public record Warning(String code, String messageKey, List<Object> args) {

    public Warning {
        args = List.copyOf(args);
    }
}
