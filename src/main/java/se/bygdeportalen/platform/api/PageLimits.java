package se.bygdeportalen.platform.api;

import org.jspecify.annotations.Nullable;

/**
 * How many items a list gives per page: {@code defaultLimit} when the client asks for none, at most
 * {@code maxLimit} (a larger request gets the maximum, and the envelope's {@code limit} says so).
 */
public record PageLimits(int defaultLimit, int maxLimit) {

    /** 20 per page, at most 100: what the /api/v1 lists use unless a list has a reason not to. */
    public static final PageLimits STANDARD = new PageLimits(20, 100);

    public PageLimits {
        if (defaultLimit < 1 || defaultLimit > maxLimit || maxLimit > 1000) {
            throw new IllegalArgumentException(
                    "Page limits need 1 <= default <= max <= 1000: " + defaultLimit + ", " + maxLimit);
        }
    }

    /**
     * The page size a client asked for.
     *
     * @throws InvalidPageRequestException for anything but a whole number from 1 up
     */
    public int parse(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return defaultLimit;
        }
        String value = raw.strip();
        if (!value.matches("\\d{1,18}") || Long.parseLong(value) < 1) {
            throw new InvalidPageRequestException("limit", "The limit is a whole number from 1 to " + maxLimit + ".");
        }
        return (int) Math.min(Long.parseLong(value), maxLimit);
    }
}
