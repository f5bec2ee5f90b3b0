package se.bygdeportalen.platform.i18n;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Content written by staff in up to four languages. Swedish is required; a missing translation
 * falls back to Swedish and says so, so the page can mark it with {@code lang="sv"}.
 * Stored as a JSON object keyed by language code ({@code {"sv": "...", "fi": "..."}}).
 */
public final class TranslatableText {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {};

    private final Map<Lang, String> values;
    private final String swedish;

    private TranslatableText(Map<Lang, String> values) {
        String swedish = values.get(Lang.SV);
        if (swedish == null || swedish.isBlank()) {
            throw new IllegalArgumentException("Swedish text is required");
        }
        this.values = Collections.unmodifiableMap(values);
        this.swedish = swedish;
    }

    /** Blank values count as missing translations. */
    public static TranslatableText of(Map<Lang, ? extends @Nullable String> values) {
        Map<Lang, String> clean = new EnumMap<>(Lang.class);
        values.forEach((lang, value) -> {
            if (value != null && !value.isBlank()) {
                clean.put(lang, value.strip());
            }
        });
        return new TranslatableText(clean);
    }

    public static TranslatableText of(
            @Nullable String sv, @Nullable String fi, @Nullable String fit, @Nullable String en) {
        Map<Lang, @Nullable String> map = new EnumMap<>(Lang.class);
        map.put(Lang.SV, sv);
        map.put(Lang.FI, fi);
        map.put(Lang.FIT, fit);
        map.put(Lang.EN, en);
        return of(map);
    }

    public static TranslatableText swedish(String sv) {
        return of(sv, null, null, null);
    }

    public static TranslatableText fromJson(String json) {
        Map<String, String> raw = JSON.readValue(json, MAP);
        Map<Lang, String> map = new EnumMap<>(Lang.class);
        raw.forEach((code, value) -> Lang.fromCode(code).ifPresent(lang -> map.put(lang, value)));
        return of(map);
    }

    public String toJson() {
        Map<String, String> raw = new LinkedHashMap<>();
        values.forEach((lang, value) -> raw.put(lang.code(), value));
        return JSON.writeValueAsString(raw);
    }

    /** The text in the asked language, or Swedish marked as a fallback. */
    public Localized in(Lang lang) {
        String value = values.get(lang);
        return value != null ? new Localized(value, lang, false) : new Localized(swedish, Lang.SV, true);
    }

    /** The Swedish text, which every translatable text has. */
    public String swedish() {
        return swedish;
    }

    /** The raw value for a language, null when not translated; for edit forms. */
    public @Nullable String raw(Lang lang) {
        return values.get(lang);
    }

    public boolean isTranslated(Lang lang) {
        return values.containsKey(lang);
    }

    public Map<Lang, String> values() {
        return values;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof TranslatableText other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return toJson();
    }

    /**
     * A text chosen for one page language. {@link #langAttr()} is the value for a {@code lang}
     * attribute: the fallback language when the text is not in the page's language, otherwise null,
     * which JTE leaves out of the markup.
     */
    public record Localized(String text, Lang lang, boolean fallback) {
        public @Nullable String langAttr() {
            return fallback ? lang.code() : null;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
