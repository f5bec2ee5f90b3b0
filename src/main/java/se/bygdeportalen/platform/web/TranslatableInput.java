package se.bygdeportalen.platform.web;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.TranslatableText;

/**
 * Reads a translatable text from a form, where its inputs are named {@code field[sv]},
 * {@code field[fi]} and so on. Swedish is required whenever the text is required or any language
 * is filled in.
 */
public final class TranslatableInput {

    private TranslatableInput() {}

    /** The text, or null when nothing was entered and the text is optional; errors go to {@code field[sv]} or {@code field[xx]}. */
    public static @Nullable TranslatableText read(
            @Nullable Map<String, String> values, String field, boolean required, int maxLength, Errors errors) {
        Map<Lang, String> byLang = new EnumMap<>(Lang.class);
        Map<String, String> safe = values == null ? Map.of() : values;
        boolean any = false;
        for (Lang lang : Lang.values()) {
            String value = withoutControlCharacters(safe.get(lang.code()));
            if (value != null && !value.isBlank()) {
                any = true;
                if (value.strip().length() > maxLength) {
                    FormValues.reject(
                            errors, field + "[" + lang.code() + "]", "validation.translatable.tooLong", maxLength);
                }
                byLang.put(lang, value);
            }
        }
        if (!any && !required) {
            return null;
        }
        if (!byLang.containsKey(Lang.SV)) {
            FormValues.reject(errors, field + "[sv]", "validation.translatable.swedishRequired");
            return null;
        }
        return errors.hasFieldErrors(field + "*") ? null : TranslatableText.of(byLang);
    }

    /** C0 controls other than tab and line breaks, and DEL: never meant, and U+0000 cannot be stored in PostgreSQL. */
    private static final java.util.regex.Pattern CONTROL =
            java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    static @Nullable String withoutControlCharacters(@Nullable String value) {
        return value == null ? null : CONTROL.matcher(value).replaceAll("");
    }

    /** Form values for an edit form from a stored text. */
    public static Map<String, String> values(@Nullable TranslatableText text) {
        Map<String, String> map = new HashMap<>();
        if (text != null) {
            text.values().forEach((lang, value) -> map.put(lang.code(), value));
        }
        return map;
    }
}
