package se.bygdeportalen.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.validation.Errors;

/**
 * Reads typed values from form fields that are bound as text. Forms bind every field as a string
 * so that nonsense input becomes a field error with a localized message, never a failed binding
 * (and a 500) before our code runs.
 */
public final class FormValues {

    /** What {@code <input type="date">} sends; LocalDate.parse alone also takes "-0044-03-15" or "+10000-01-01". */
    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Dates before this year are typing mistakes in every form of the platform. */
    static final int EARLIEST_YEAR = 1900;

    private FormValues() {
    }

    /** An ISO date (what {@code <input type="date">} sends); {@code <field>.typeMismatch} or {@code <field>.NotNull} on errors. */
    public static LocalDate date(String value, String field, boolean required, Errors errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.rejectValue(field, "NotNull");
            }
            return null;
        }
        String text = value.strip();
        try {
            LocalDate date = ISO_DATE.matcher(text).matches() ? LocalDate.parse(text) : null;
            if (date == null || date.getYear() < EARLIEST_YEAR) {
                errors.rejectValue(field, "typeMismatch");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "typeMismatch");
            return null;
        }
    }

    /** One of an enum's constants by name; {@code NotNull} when missing or unknown. */
    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Errors errors) {
        Optional<E> found = value == null ? Optional.empty()
                : Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value.strip())).findFirst();
        if (found.isEmpty()) {
            errors.rejectValue(field, "NotNull");
            return null;
        }
        return found.get();
    }

    /**
     * Rejects a field without reading its current value, so it also works for map entries such as
     * {@code description[sv]} of a record whose map is null.
     */
    public static void reject(Errors errors, String field, String code, Object... args) {
        if (errors instanceof org.springframework.validation.BindingResult result) {
            result.addError(new org.springframework.validation.FieldError(result.getObjectName(), field, null, false,
                    new String[]{code}, args.length == 0 ? null : args, null));
        } else {
            errors.rejectValue(field, code, args, null);
        }
    }

    /** A yes/no radio: "true" is yes, anything else no. */
    public static boolean yes(String value) {
        return "true".equals(value);
    }
}
