package se.bygdeportalen.platform.i18n;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the message bundles from the source tree, grouped by module and language. */
final class Bundles {

    static final Path DIRECTORY = Path.of("src/main/resources/messages");
    private static final Pattern NAME = Pattern.compile("(.+)_(sv|fi|fit|en)\\.properties");

    private Bundles() {}

    /** module → language → key → value. */
    static Map<String, Map<Lang, Map<String, String>>> load() throws IOException {
        Map<String, Map<Lang, Map<String, String>>> result = new TreeMap<>();
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            for (Path file : files.sorted().toList()) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (!m.matches()) {
                    throw new IllegalStateException("Unexpected file in messages: " + file);
                }
                Properties props = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    props.load(reader);
                }
                Map<String, String> values = new TreeMap<>();
                props.stringPropertyNames().forEach(k -> values.put(k, props.getProperty(k)));
                result.computeIfAbsent(m.group(1), k -> new TreeMap<>())
                        .put(Lang.fromCode(m.group(2)).orElseThrow(), values);
            }
        }
        return result;
    }

    static Map<String, String> merged(Map<String, Map<Lang, Map<String, String>>> bundles, Lang lang) {
        Map<String, String> all = new TreeMap<>();
        bundles.values().forEach(byLang -> all.putAll(byLang.getOrDefault(lang, Map.of())));
        return all;
    }
}
