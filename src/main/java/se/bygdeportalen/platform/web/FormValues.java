package se.bygdeportalen.platform.web;

import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * Field errors for form fields that data binding cannot address on its own. Reading typed values from
 * checked text is {@code platform.validation.Parse}'s job (ADR 0012).
 */
public final class FormValues {

    private FormValues() {}

    /**
     * Rejects a field without reading its current value, so it also works for map entries such as
     * {@code description[sv]} of a record whose map is null.
     */
    public static void reject(Errors errors, String field, String code, Object... args) {
        if (errors instanceof BindingResult result) {
            result.addError(new FieldError(
                    result.getObjectName(),
                    field,
                    null,
                    false,
                    new String[] {code},
                    args.length == 0 ? null : args,
                    null));
        } else {
            errors.rejectValue(field, code, args, null);
        }
    }
}
