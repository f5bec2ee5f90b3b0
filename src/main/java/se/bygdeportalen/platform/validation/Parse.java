package se.bygdeportalen.platform.validation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads a form's text into typed values after Bean Validation accepted it, when the controller builds
 * the command. Blank gives null. A value its constraint would refuse is a programming error
 * (the field lacks its constraint), so it throws {@link IllegalArgumentException} rather than guess.
 */
public final class Parse {

    private Parse() {}

    public static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static @Nullable LocalDate date(@Nullable String value) {
        if (TextConstraints.blank(value)) {
            return null;
        }
        LocalDate date = TextConstraints.date(value);
        if (date == null) {
            throw new IllegalArgumentException("Not an ISO date; is @IsoDate missing? " + value);
        }
        return date;
    }

    public static @Nullable LocalTime time(@Nullable String value) {
        if (TextConstraints.blank(value)) {
            return null;
        }
        LocalTime time = TextConstraints.time(value);
        if (time == null) {
            throw new IllegalArgumentException("Not a time of day; is @IsoTime missing? " + value);
        }
        return time;
    }

    public static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String value) {
        if (TextConstraints.blank(value)) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Not a " + type.getSimpleName() + "; is @OneOf missing? " + value));
    }

    public static @Nullable Long whole(@Nullable String value) {
        return TextConstraints.blank(value) ? null : Long.valueOf(value.strip());
    }

    public static @Nullable Integer wholeInt(@Nullable String value) {
        return TextConstraints.blank(value) ? null : Integer.valueOf(value.strip());
    }

    /** A yes/no radio or checkbox: "true" is yes, anything else no. */
    public static boolean yes(@Nullable String value) {
        return "true".equals(value);
    }
}
