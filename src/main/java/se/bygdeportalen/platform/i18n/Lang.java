package se.bygdeportalen.platform.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The four languages of the platform. Swedish is the default and the fallback for content.
 * Meänkieli ({@code fit}) has no CLDR data, so number formats come from Finnish while month and
 * weekday names come from the platform's own Meänkieli tables.
 */
public enum Lang {
    SV("sv", Locale.of("sv", "SE")),
    FI("fi", Locale.of("fi", "FI")),
    FIT("fit", Locale.of("fi", "FI")),
    EN("en", Locale.of("en", "GB"));

    public static final Lang DEFAULT = SV;
    /** Path pattern for a language prefix in request mappings, e.g. {@code "/" + Lang.PATH + "/kontakt"}. */
    public static final String PATH = "{lang:sv|fi|fit|en}";

    private final String code;
    private final Locale formatLocale;

    Lang(String code, Locale formatLocale) {
        this.code = code;
        this.formatLocale = formatLocale;
    }

    /** BCP 47 tag, used in URLs and in {@code lang} attributes. */
    public String code() {
        return code;
    }

    /** Locale whose CLDR data formats numbers and (except for Meänkieli) dates. */
    public Locale formatLocale() {
        return formatLocale;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static List<Lang> all() {
        return Arrays.asList(values());
    }

    public static Optional<Lang> fromCode(@Nullable String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Lang lang : values()) {
            if (lang.code.equalsIgnoreCase(code)) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }

    public static Lang fromLocale(@Nullable Locale locale) {
        return locale == null ? DEFAULT : fromCode(locale.getLanguage()).orElse(DEFAULT);
    }

    /** The best supported language for an Accept-Language header; Swedish when nothing matches. */
    public static Lang fromAcceptLanguage(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            for (Locale.LanguageRange range : ranges) {
                if (range.getWeight() == 0.0) {
                    continue;
                }
                String primary = range.getRange().split("-")[0];
                Optional<Lang> lang = fromCode(primary);
                if (lang.isPresent()) {
                    return lang.get();
                }
                if ("fkv".equalsIgnoreCase(primary)) {
                    return FIT;
                }
                if ("nb".equalsIgnoreCase(primary)
                        || "nn".equalsIgnoreCase(primary)
                        || "no".equalsIgnoreCase(primary)
                        || "da".equalsIgnoreCase(primary)) {
                    return SV;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
        return DEFAULT;
    }
}
