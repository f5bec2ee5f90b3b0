package se.bygdeportalen.platform.web;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violation;

/**
 * The web edge of the use-case contract (ADR 0012). A form is bound as text and checked with Bean
 * Validation; the controller turns it into a typed command only when that passed, and shows an
 * {@link Result.Invalid} from the use case at the fields just like a binding error.
 */
public final class Forms {

    private Forms() {}

    /** Adds the use case's field errors to the binding result, so the page shows them with the others. */
    public static void addTo(BindingResult binding, Result.Invalid invalid) {
        for (Violation v : invalid.violations()) {
            binding.addError(new FieldError(
                    binding.getObjectName(),
                    v.field(),
                    fieldValue(binding, v.field()),
                    false,
                    new String[] {v.code()},
                    v.args().isEmpty() ? null : v.args().toArray(),
                    null));
        }
    }

    /** The localized errors of a form in its field order, from binding, Bean Validation and the use case. */
    public static FormErrors errors(
            BindingResult binding,
            Result.@Nullable Invalid invalid,
            String formKey,
            List<String> fieldOrder,
            Messages messages,
            Lang lang) {
        if (invalid != null) {
            addTo(binding, invalid);
        }
        return FormErrors.of(binding, formKey, fieldOrder, messages, lang);
    }

    /**
     * Runs the use case only when the form passed its checks. True when it saved; false, with the
     * response's status set (400, or the use case's), when the form or the use case found errors,
     * which are then in the binding result for the page to show.
     */
    public static boolean saved(
            BindingResult binding,
            jakarta.servlet.http.HttpServletResponse response,
            java.util.function.Supplier<Result> useCase) {
        if (binding.hasErrors()) {
            response.setStatus(400);
            return false;
        }
        if (useCase.get() instanceof Result.Invalid invalid) {
            addTo(binding, invalid);
            response.setStatus(invalid.status());
            return false;
        }
        return true;
    }

    /**
     * A field that Bean Validation requires ({@code @NotBlank}, {@code @NotNull}), read once the form
     * passed. Spring binds a missing field as null, so a form record's component is {@code @Nullable};
     * after validation it is not, which is what this states (and checks).
     */
    public static <T> T required(@Nullable T value) {
        return Objects.requireNonNull(value, "a required form field is read only after the form passed validation");
    }

    private static @Nullable Object fieldValue(BindingResult binding, String field) {
        try {
            return binding.getRawFieldValue(field);
        } catch (RuntimeException e) {
            return null; // e.g. "title[sv]" of a null map: the value is only for re-display
        }
    }
}
