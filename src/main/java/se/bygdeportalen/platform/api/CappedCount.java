package se.bygdeportalen.platform.api;

/**
 * How many rows a list has, counted only up to {@link #CAP}: "57" or "more than 1 000". Counting every
 * match costs as much as the matches; a visitor needs the number only while it is small enough to
 * mean something. Count with {@link #sql}, which stops reading at {@code CAP + 1} rows.
 *
 * @param value  the number of rows, at most {@link #CAP}
 * @param capped true when there are more than {@link #CAP} rows (and {@code value} is the cap)
 */
public record CappedCount(long value, boolean capped) {

    /** Counted exactly up to here; beyond it a list says "more than 1 000". */
    public static final int CAP = 1000;

    public static final CappedCount ZERO = new CappedCount(0, false);

    public CappedCount {
        if (value < 0 || value > CAP || (capped && value != CAP)) {
            throw new IllegalArgumentException("A capped count is 0.." + CAP + ", and the cap when capped: " + value);
        }
    }

    /** The count from what {@link #sql} returned (at most {@code CAP + 1}). */
    public static CappedCount of(long counted) {
        return counted > CAP ? new CappedCount(CAP, true) : new CappedCount(counted, false);
    }

    /**
     * {@code SELECT count(*)} over the rows of {@code fromWhere} ({@code "proposal p WHERE ..."}), reading
     * at most {@code CAP + 1} of them.
     */
    public static String sql(String fromWhere) {
        return "SELECT count(*) FROM (SELECT 1 FROM " + fromWhere + " LIMIT " + (CAP + 1) + ") capped";
    }

    public boolean isZero() {
        return value == 0;
    }
}
