package se.bygdeportalen.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every UI string exists in Swedish, Finnish, Meänkieli and English, with the same placeholders;
 * templates use only keys that exist and contain no hard-coded text.
 */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Path TEMPLATES = Path.of("src/main/jte");

    @Test
    void everyModuleHasAllFourLanguagesWithTheSameKeys() throws IOException {
        List<String> problems = new ArrayList<>();
        Bundles.load().forEach((module, byLang) -> {
            for (Lang lang : Lang.values()) {
                if (!byLang.containsKey(lang)) {
                    problems.add(module + ": no " + lang.code() + " bundle");
                }
            }
            Set<String> allKeys = new TreeSet<>();
            byLang.values().forEach(m -> allKeys.addAll(m.keySet()));
            for (Lang lang : byLang.keySet()) {
                for (String key : allKeys) {
                    String value = byLang.get(lang).get(key);
                    if (value == null) {
                        problems.add(module + "_" + lang.code() + ": missing " + key);
                    } else if (value.isBlank()) {
                        problems.add(module + "_" + lang.code() + ": empty " + key);
                    }
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void placeholdersAreTheSameInEveryLanguage() throws IOException {
        List<String> problems = new ArrayList<>();
        Bundles.load()
                .forEach((module, byLang) -> byLang.getOrDefault(Lang.SV, Map.of())
                        .forEach((key, sv) -> {
                            Set<String> expected = placeholders(sv);
                            for (Lang lang : Lang.values()) {
                                String value =
                                        byLang.getOrDefault(lang, Map.of()).get(key);
                                if (value != null && !placeholders(value).equals(expected)) {
                                    problems.add(module + "_" + lang.code() + " " + key + ": " + placeholders(value)
                                            + " but Swedish has " + expected);
                                }
                            }
                        }));
        assertThat(problems).isEmpty();
    }

    @Test
    void templatesUseOnlyExistingKeys() throws IOException {
        Map<String, String> swedish = Bundles.merged(Bundles.load(), Lang.SV);
        Pattern literalKey = Pattern.compile("ctx\\.t\\(\"([^\"]+)\"");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = literalKey.matcher(Files.readString(template));
            while (m.find()) {
                String key = m.group(1);
                // A key ending in a dot is a prefix completed at run time (e.g. "error." + status).
                if (!key.endsWith(".") && !swedish.containsKey(key)) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesContainNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            String visible = HardCodedText.visibleText(Files.readString(template, StandardCharsets.UTF_8));
            if (visible.codePoints().anyMatch(Character::isLetter)) {
                problems.add(TEMPLATES.relativize(template) + ": \""
                        + visible.strip().replaceAll("\\s+", " ") + "\"");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theHardCodedTextCheckCatchesTextAndToleratesExpressions() {
        assertThat(HardCodedText.visibleText("<p>Hej ${ctx.t(\"a.b\")}</p>")).contains("Hej");
        assertThat(HardCodedText.visibleText("<img alt=\"Kommunens logga\" src=\"${x}\">"))
                .contains("Kommunens logga");
        assertThat(HardCodedText.visibleText("<button aria-label=\"Stäng\">×</button>"))
                .contains("Stäng");
        assertThat(HardCodedText.visibleText("@if(a.b(\"x\"))<p>${ctx.t(\"k\")} – ${n}</p>@endif"))
                .doesNotContainPattern("\\p{L}");
        assertThat(HardCodedText.visibleText("@template.components.tag(text = ctx.t(\"k\"), variant = \"info\")"))
                .doesNotContainPattern("\\p{L}");
        assertThat(HardCodedText.visibleText("<code>components/tag.jte</code>")).doesNotContainPattern("\\p{L}");
        assertThat(HardCodedText.visibleText("<%-- a comment --%><!-- html comment -->"))
                .doesNotContainPattern("\\p{L}");
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".jte")).sorted().toList();
        }
    }
}
