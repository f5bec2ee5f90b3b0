package se.bygdeportalen.decisions.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The module's settings, with the usual rules as defaults.
 *
 * @param councilNoticeDays   days the council's notice must be on the notice board before the meeting (KL 5 kap. 53 §: a week)
 * @param committeeNoticeDays days before the meeting the notice (kallelse) of a committee or working group must go out
 *                            (the bodies' reglemente, typically five days)
 */
@ConfigurationProperties("bygdeportalen.decisions")
public record DecisionsProperties(
        @DefaultValue("7") int councilNoticeDays,
        @DefaultValue("5") int committeeNoticeDays) {

    public DecisionsProperties {
        if (councilNoticeDays < 0 || committeeNoticeDays < 0) {
            throw new IllegalArgumentException("bygdeportalen.decisions notice days must not be negative");
        }
    }

    public static DecisionsProperties defaults() {
        return new DecisionsProperties(7, 5);
    }

    public int noticeDays(boolean council) {
        return council ? councilNoticeDays : committeeNoticeDays;
    }
}
