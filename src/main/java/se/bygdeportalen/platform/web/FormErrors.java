package se.bygdeportalen.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;

/**
 * Localized form errors in the order of the form's fields, for the error summary at the top and the
 * messages at each field. A message is looked up as {@code <form>.<field>.<code>} (a specific text
 * such as "Enter the username"), then as the code itself when it is a message key, then as
 * {@code validation.<code>} with the field's label.
 */
public final class FormErrors {

    /** One error: {@code field} is the input's name, its id is {@code "f-" + field}. */
    public record Error(String field, String message) {
        public String href() {
            return "#" + Fields.id(field);
        }
    }

    private static final FormErrors NONE = new FormErrors(new LinkedHashMap<>());

    private final Map<String, String> byField;

    private FormErrors(Map<String, String> byField) {
        this.byField = byField;
    }

    public static FormErrors none() {
        return NONE;
    }

    public static FormErrors of(
            BindingResult result, String formKey, List<String> fieldOrder, Messages messages, Lang lang) {
        Map<String, String> ordered = new LinkedHashMap<>();
        List<FieldError> fieldErrors = new ArrayList<>(result.getFieldErrors());
        fieldErrors.sort(
                (a, b) -> Integer.compare(position(fieldOrder, a.getField()), position(fieldOrder, b.getField())));
        for (FieldError error : fieldErrors) {
            ordered.putIfAbsent(error.getField(), message(error, formKey, messages, lang));
        }
        for (ObjectError error : result.getGlobalErrors()) {
            ordered.putIfAbsent(
                    "form",
                    messages.get(
                            lang,
                            Objects.requireNonNull(
                                    error.getCode(), "reject(code) always gives a global error a code")));
        }
        return new FormErrors(ordered);
    }

    /** Errors found without data binding, field to message, in the order the summary lists them. */
    public static FormErrors of(Map<String, String> ordered) {
        return new FormErrors(new LinkedHashMap<>(ordered));
    }

    /** A single error not coming from data binding, e.g. a failed sign-in. */
    public static FormErrors single(String field, String message) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(field, message);
        return new FormErrors(map);
    }

    private static int position(List<String> order, String field) {
        int i = order.indexOf(field);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static String message(FieldError error, String formKey, Messages messages, Lang lang) {
        String code = error.getCode() == null ? "invalid" : error.getCode();
        String specific = formKey + "." + error.getField() + "." + code;
        if (messages.has(lang, specific)) {
            return messages.get(lang, specific, arguments(error));
        }
        if (messages.has(lang, code)) {
            return messages.get(lang, code, arguments(error));
        }
        String label = messages.get(lang, formKey + "." + error.getField() + ".label");
        Object[] args = arguments(error);
        Object[] withLabel = new Object[args.length + 1];
        withLabel[0] = label.toLowerCase(lang.formatLocale());
        System.arraycopy(args, 0, withLabel, 1, args.length);
        String generic = "validation." + code;
        return messages.get(lang, messages.has(lang, generic) ? generic : "validation.invalid", withLabel);
    }

    /** Size limits and the like, without Spring's own resolvable arguments. */
    private static Object[] arguments(FieldError error) {
        Object[] raw = error.getArguments();
        if (raw == null) {
            return new Object[0];
        }
        List<Object> args = new ArrayList<>();
        for (Object arg : raw) {
            if (!(arg instanceof org.springframework.context.MessageSourceResolvable)) {
                args.add(arg);
            }
        }
        // Bean Validation's @Size passes max before min; messages use {1} for min and {2} for max after the label.
        if (("Size".equals(error.getCode()) || "WholeNumber".equals(error.getCode())) && args.size() == 2) {
            return new Object[] {args.get(1), args.get(0)};
        }
        return args.toArray();
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public @Nullable String of(String field) {
        return byField.get(field);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<Error> all() {
        List<Error> list = new ArrayList<>();
        byField.forEach((field, message) -> list.add(new Error(field, message)));
        return list;
    }
}
