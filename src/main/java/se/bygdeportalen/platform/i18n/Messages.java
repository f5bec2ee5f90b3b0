package se.bygdeportalen.platform.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * All UI strings, read once from {@code messages/<module>_<lang>.properties} (UTF-8).
 * Placeholders are positional ({@code {0}}) and replaced literally, so apostrophes need no escaping.
 * A key missing in a language falls back to Swedish at runtime; {@code MessageBundlesTest} makes
 * sure that never happens in a build.
 */
@Component
public class Messages {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern FILE_NAME = Pattern.compile("(.+)_(sv|fi|fit|en)\\.properties");

    private final Map<Lang, Map<String, String>> byLang;

    public Messages() {
        this(load());
    }

    Messages(Map<Lang, Map<String, String>> byLang) {
        this.byLang = byLang;
    }

    public String get(Lang lang, String key, @Nullable Object... args) {
        String pattern = bundle(lang).get(key);
        if (pattern == null) {
            pattern = bundle(Lang.DEFAULT).get(key);
        }
        if (pattern == null) {
            // Visible but harmless: a missing key must never break a page.
            return "??" + key + "??";
        }
        return args.length == 0 ? pattern : format(pattern, args);
    }

    public boolean has(Lang lang, String key) {
        return bundle(lang).containsKey(key);
    }

    public Set<String> keys(Lang lang) {
        return Collections.unmodifiableSet(bundle(lang).keySet());
    }

    private Map<String, String> bundle(Lang lang) {
        return Objects.requireNonNull(byLang.get(lang), "load() gives every language a bundle");
    }

    public Set<String> allKeys() {
        Set<String> keys = new TreeSet<>();
        byLang.values().forEach(m -> keys.addAll(m.keySet()));
        return keys;
    }

    static String format(String pattern, @Nullable Object... args) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            String value = index < args.length ? String.valueOf(args[index]) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Reads every bundle on the class path; a key defined in two modules is an error. */
    static Map<Lang, Map<String, String>> load() {
        Map<Lang, Map<String, String>> result = new EnumMap<>(Lang.class);
        Map<String, String> origin = new HashMap<>();
        for (Lang lang : Lang.values()) {
            result.put(lang, new HashMap<>());
        }
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
            for (Resource resource : resources) {
                Matcher m = FILE_NAME.matcher(resource.getFilename());
                if (!m.matches()) {
                    throw new IllegalStateException("Message bundle must be named <module>_<sv|fi|fit|en>.properties: "
                            + resource.getFilename());
                }
                Lang lang = Lang.fromCode(m.group(2)).orElseThrow();
                Properties props = new Properties();
                try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    props.load(reader);
                }
                for (String key : props.stringPropertyNames()) {
                    String where = m.group(1);
                    String previous = origin.putIfAbsent(lang.code() + ":" + key, where);
                    if (previous != null && !previous.equals(where)) {
                        throw new IllegalStateException(
                                "Message key " + key + " is defined in both " + previous + " and " + where);
                    }
                    Objects.requireNonNull(result.get(lang), "filled above for every language")
                            .put(key, props.getProperty(key));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read message bundles", e);
        }
        result.replaceAll((lang, map) -> Collections.unmodifiableMap(map));
        return Collections.unmodifiableMap(result);
    }
}
