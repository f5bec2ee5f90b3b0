package se.bygdeportalen.platform;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.TranslatableText;

/**
 * Settings of one installation: where it is served and which municipality it serves.
 *
 * @param baseUrl      absolute URL of the site, used in mails, feeds and hreflang links
 * @param municipality the municipality profile shown in the header and footer
 * @param demo         demo features; see {@link Demo}
 */
@ConfigurationProperties("bygdeportalen")
public record PlatformProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue Municipality municipality,
        @DefaultValue Demo demo) {

    public PlatformProperties {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * @param name         the municipality's name per language code (sv required)
     * @param code         the SCB/Kolada municipality code
     * @param postalAddress postal address, one line
     * @param visitingAddress visiting address, one line
     * @param phone        switchboard, as written for people
     * @param email        the registry's e-mail address
     * @param website      the municipality's main website
     * @param openingHours per language code
     */
    public record Municipality(
            @DefaultValue({}) Map<String, String> name,
            @DefaultValue("2518") String code,
            @DefaultValue("") String postalAddress,
            @DefaultValue("") String visitingAddress,
            @DefaultValue("") String phone,
            @DefaultValue("") String email,
            @DefaultValue("") String website,
            @DefaultValue({}) Map<String, String> openingHours) {

        /** A per-language map from the configuration as content; null when nothing is configured. */
        public static @Nullable TranslatableText text(Map<String, String> byCode) {
            if (byCode.isEmpty()) {
                return null;
            }
            java.util.Map<Lang, String> values = new java.util.EnumMap<>(Lang.class);
            byCode.forEach((code, value) -> Lang.fromCode(code).ifPresent(l -> values.put(l, value)));
            return TranslatableText.of(values);
        }
    }

    /**
     * @param data   load demo data (committees, villages, staff accounts) once at start-up
     * @param signIn offer the demo resident sign-in; refused unless the embedded database is used
     */
    public record Demo(
            @DefaultValue("false") boolean data,
            @DefaultValue("false") boolean signIn) {}
}
