package se.bygdeportalen.platform.manifest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * One published value of an indicator: a year and an optional breakdown (e.g. {@code sex=female},
 * {@code body=ks}, {@code age=16-24}; empty for the total). Values about people are published as
 * aggregates only, and a cell built from fewer than {@link #MIN_CELL} people or records is
 * suppressed ({@code value} null, {@code suppressed} true) so nobody can be singled out.
 *
 * @param base how many records the value is computed from (the denominator of a share)
 */
public record IndicatorValue(
        String indicatorId,
        int year,
        String breakdown,
        @Nullable BigDecimal value,
        long base,
        boolean suppressed) {

    public static final int MIN_CELL = 5;

    /** A count of people or records; 1 to 4 are suppressed, 0 is shown. */
    public static IndicatorValue count(String indicatorId, int year, String breakdown, long count) {
        boolean suppress = count > 0 && count < MIN_CELL;
        return new IndicatorValue(
                indicatorId, year, breakdown, suppress ? null : BigDecimal.valueOf(count), count, suppress);
    }

    /** {@code part} of {@code base} in percent with one decimal; suppressed when the base is under 5. */
    public static IndicatorValue percent(String indicatorId, int year, String breakdown, long part, long base) {
        if (base < MIN_CELL) {
            return new IndicatorValue(indicatorId, year, breakdown, null, base, true);
        }
        BigDecimal share = BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
        return new IndicatorValue(indicatorId, year, breakdown, share, base, false);
    }

    /** A statistic (a median number of days, say) over {@code base} records; suppressed under 5. */
    public static IndicatorValue statistic(
            String indicatorId, int year, String breakdown, @Nullable BigDecimal value, long base) {
        boolean suppress = base < MIN_CELL;
        return new IndicatorValue(indicatorId, year, breakdown, suppress ? null : value, base, suppress);
    }
}
