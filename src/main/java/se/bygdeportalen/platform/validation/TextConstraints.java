package se.bygdeportalen.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * The validators of the text constraints, and {@link Parse}'s counterparts: what a validator accepts,
 * the parser reads without failing. Forms bind text (so nothing typed is lost and no value fails to
 * convert before our code runs); these check its shape at the edge.
 */
public final class TextConstraints {

    static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final Pattern ISO_TIME = Pattern.compile("\\d{2}:\\d{2}");
    static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");
    /** Dates before this are typing mistakes in every form of the platform. */
    public static final int EARLIEST_YEAR = 1900;

    private TextConstraints() {}

    @Contract("null -> true")
    static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    static @Nullable LocalDate date(String value) {
        String text = value.strip();
        if (!ISO_DATE.matcher(text).matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            return date.getYear() < EARLIEST_YEAR ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static @Nullable LocalTime time(String value) {
        String text = value.strip();
        if (!ISO_TIME.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether the text has a character that breaks a line or controls a terminal. */
    public static boolean hasControlCharacter(String value) {
        return value.codePoints().anyMatch(c -> {
            int type = Character.getType(c);
            return type == Character.CONTROL
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
        });
    }

    public static final class IsoDateValidator implements ConstraintValidator<IsoDate, String> {
        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return blank(value) || date(value) != null;
        }
    }

    public static final class IsoTimeValidator implements ConstraintValidator<IsoTime, String> {
        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return blank(value) || time(value) != null;
        }
    }

    public static final class SingleLineValidator implements ConstraintValidator<SingleLine, String> {
        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || !hasControlCharacter(value);
        }
    }

    public static final class OneOfValidator implements ConstraintValidator<OneOf, String> {
        private Enum<?>[] constants = new Enum<?>[0];

        @Override
        public void initialize(OneOf annotation) {
            constants = annotation.value().getEnumConstants();
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return blank(value)
                    || Arrays.stream(constants).anyMatch(c -> c.name().equals(value.strip()));
        }
    }

    public static final class WholeNumberValidator implements ConstraintValidator<WholeNumber, String> {
        private long min;
        private long max;

        @Override
        public void initialize(WholeNumber annotation) {
            min = annotation.min();
            max = annotation.max();
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            if (blank(value)) {
                return true;
            }
            String text = value.strip();
            if (!WHOLE.matcher(text).matches()) {
                return false;
            }
            long n = Long.parseLong(text);
            return n >= min && n <= max;
        }
    }
}
