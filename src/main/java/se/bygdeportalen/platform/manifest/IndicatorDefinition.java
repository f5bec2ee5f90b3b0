package se.bygdeportalen.platform.manifest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One indicator of the programme. {@code id} is stable and used in reports to the funder.
 *
 * @param strand    the programme strand the indicator follows up
 * @param source    where the values come from
 * @param unit      how values are expressed
 * @param measure   computes the values from the module's own data; null unless {@code source} is PLATFORM
 */
public record IndicatorDefinition(
        String id,
        String nameKey,
        String descriptionKey,
        Strand strand,
        Source source,
        Unit unit,
        @Nullable Measure measure) {

    public enum Strand {
        CITIZEN_DIALOGUE,
        EQUALITY_AND_PUBLIC_HEALTH,
        SERVICE_OFFICE,
        BUSINESS_DEVELOPMENT
    }

    public enum Source {
        PLATFORM,
        KOLADA,
        STAFF_ENTRY
    }

    public enum Unit {
        COUNT,
        PERCENT,
        DAYS,
        PER_THOUSAND_INHABITANTS,
        RANK
    }

    public IndicatorDefinition {
        if ((source == Source.PLATFORM) != (measure != null)) {
            throw new IllegalArgumentException(
                    "Indicator " + id + ": a PLATFORM indicator needs a measure, others none");
        }
    }

    /** An indicator whose values come from Kolada or staff entry. */
    public IndicatorDefinition(
            String id, String nameKey, String descriptionKey, Strand strand, Source source, Unit unit) {
        this(id, nameKey, descriptionKey, strand, source, unit, null);
    }

    /** Computes an indicator's values, one per year and breakdown, as aggregates only. */
    @FunctionalInterface
    public interface Measure {
        List<IndicatorValue> values();
    }
}
