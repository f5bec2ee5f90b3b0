package se.bygdeportalen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The site stays light on a slow rural connection and sends no visitor's browser to another host:
 * first-party CSS and JS within their gzipped budgets, no template loading anything from elsewhere
 * (scripts, styles, images, frames, media), no remote {@code url()} or {@code @import} in CSS, and no
 * web fonts. Links to other sites ({@code <a href="https://...">}) are fine: they load nothing.
 */
class AssetBudgetTest {

    private static final Path ASSETS = Path.of("src/main/resources/static/assets");
    private static final Path STATIC = Path.of("src/main/resources/static");
    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final int CSS_BUDGET = 20 * 1024;
    private static final int JS_BUDGET = 15 * 1024;

    /** An absolute or protocol-relative URL: {@code https://}, {@code http://}, {@code //host}. */
    private static final String REMOTE = "\\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//";
    /** Elements that make the browser fetch what they point at. */
    private static final Pattern LOADING_TAG = Pattern.compile(
            "<(script|link|img|iframe|frame|source|video|audio|track|embed|object|input|image|use)\\b([^>]*)>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final Pattern LOADING_ATTRIBUTE = Pattern.compile(
            "\\b(src|href|srcset|imagesrcset|data|poster|xlink:href)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REL = Pattern.compile("\\brel\\s*=\\s*[\"']?([^\"'>]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern REMOTE_CSS_URL =
            Pattern.compile("url\\(\\s*[\"']?" + REMOTE, Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_IMPORT = Pattern.compile("@import\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REMOTE_JS_IMPORT = Pattern.compile(
            "(?:\\bimport\\s*\\(|\\bimport\\b[^;'\"]*?\\bfrom\\b|\\bimport\\s|importScripts\\s*\\()\\s*[\"'`]" + REMOTE,
            Pattern.CASE_INSENSITIVE);

    @Test
    void firstPartyCssStaysWithinTwentyKilobytesGzipped() {
        List<Path> css = files(ASSETS, ".css");
        assertThat(css).as("stylesheets under " + ASSETS).isNotEmpty();
        long total = css.stream().mapToLong(AssetBudgetTest::gzippedSize).sum();
        assertThat(total).as("gzipped CSS of " + css).isPositive().isLessThan(CSS_BUDGET);
    }

    @Test
    void firstPartyJavaScriptStaysWithinFifteenKilobytesGzipped() {
        List<Path> js = files(ASSETS, ".js");
        assertThat(js).as("scripts under " + ASSETS).isNotEmpty();
        long total = js.stream().mapToLong(AssetBudgetTest::gzippedSize).sum();
        assertThat(total).as("gzipped JS of " + js).isPositive().isLessThan(JS_BUDGET);
    }

    @Test
    void theBudgetsCoverWhatTheLayoutLoads() {
        String layout = read(TEMPLATES.resolve("layout/page.jte"));
        assertThat(layout).contains("ctx.asset(\"/assets/app.css\")").contains("ctx.asset(\"/assets/app.js\")");
        assertThat(ASSETS.resolve("app.css")).isRegularFile();
        assertThat(ASSETS.resolve("app.js")).isRegularFile();
    }

    @Test
    void noTemplateLoadsAnythingFromAnotherHost() {
        List<Path> templates = files(TEMPLATES, ".jte");
        assertThat(templates).as("templates under " + TEMPLATES).hasSizeGreaterThan(10);
        List<String> problems = new ArrayList<>();
        for (Path template : templates) {
            problems.addAll(remoteLoads(read(template)).stream()
                    .map(p -> TEMPLATES.relativize(template) + ": " + p)
                    .toList());
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void stylesheetsImportNothingAndLoadNothingFromAnotherHost() {
        List<String> problems = new ArrayList<>();
        for (Path css : files(ASSETS, ".css")) {
            problems.addAll(cssProblems(read(css)).stream()
                    .map(p -> css.getFileName() + ": " + p)
                    .toList());
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void scriptsImportNothingFromAnotherHost() {
        List<String> problems = new ArrayList<>();
        for (Path js : files(ASSETS, ".js")) {
            Matcher m = REMOTE_JS_IMPORT.matcher(read(js));
            while (m.find()) {
                problems.add(js.getFileName() + ": " + m.group());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noWebFonts() {
        List<String> fonts = files(STATIC, "").stream()
                .map(Path::toString)
                .filter(name -> name.toLowerCase(Locale.ROOT).matches(".*\\.(woff2?|ttf|otf|eot)$"))
                .toList();
        assertThat(fonts).as("font files").isEmpty();
        for (Path css : files(ASSETS, ".css")) {
            assertThat(FONT_FACE.matcher(read(css)).find())
                    .as("@font-face in " + css)
                    .isFalse();
        }
        for (Path template : files(TEMPLATES, ".jte")) {
            String text = read(template);
            assertThat(FONT_FACE.matcher(text).find())
                    .as("@font-face in " + template)
                    .isFalse();
            assertThat(text).as("font preload in " + template).doesNotContainPattern("(?i)as\\s*=\\s*[\"']?font");
        }
    }

    /** The checks above are only as good as their patterns: they must catch what they are for and nothing else. */
    @Test
    void theChecksRecogniseRemoteLoadsAndLeaveLinksAlone() {
        assertThat(remoteLoads("<script src=\"https://cdn.example.com/x.js\"></script>"))
                .hasSize(1);
        assertThat(remoteLoads("<script\n  type=\"module\"\n  src='//cdn.example.com/x.js'></script>"))
                .hasSize(1);
        assertThat(remoteLoads("<link rel=\"stylesheet\" href=\"https://fonts.googleapis.com/css?family=Roboto\">"))
                .hasSize(1);
        assertThat(remoteLoads("<LINK REL=preconnect HREF=https://fonts.gstatic.com>"))
                .hasSize(1);
        assertThat(remoteLoads("<img alt=\"\" src=\"http://example.com/a.png\">"))
                .hasSize(1);
        assertThat(remoteLoads("<img alt=\"\" srcset=\"/a.png 1x, https://example.com/a2.png 2x\">"))
                .hasSize(1);
        assertThat(remoteLoads("<iframe title=\"Karta\" src=\"https://maps.example.com/embed\"></iframe>"))
                .hasSize(1);
        assertThat(remoteLoads("<picture><source srcset=\"https://example.com/a.webp\"></picture>"))
                .hasSize(1);
        assertThat(remoteLoads("<video poster=\"https://example.com/p.jpg\"></video>"))
                .hasSize(1);
        assertThat(remoteLoads("<div style=\"background:url('https://example.com/bg.png')\"></div>"))
                .hasSize(1);

        assertThat(remoteLoads("<a href=\"https://www.imy.se/\">IMY</a>")).isEmpty();
        assertThat(remoteLoads("<script type=\"module\" src=\"${ctx.asset(\"/assets/app.js\")}\"></script>"))
                .isEmpty();
        assertThat(remoteLoads("<link rel=\"stylesheet\" href=\"/assets/app.css\">"))
                .isEmpty();
        assertThat(remoteLoads("<link rel=\"alternate\" hreflang=\"fi\" href=\"https://www.overtornea.se/fi/\">"))
                .isEmpty();
        assertThat(remoteLoads("<link rel=\"canonical\" href=\"https://www.overtornea.se/sv/\">"))
                .isEmpty();
        assertThat(remoteLoads("<img alt=\"\" src=\"/files/1\">")).isEmpty();

        assertThat(cssProblems("@import url(\"/assets/other.css\");")).hasSize(1);
        assertThat(cssProblems("a{background:url( \"https://example.com/a.png\")}"))
                .hasSize(1);
        assertThat(cssProblems("a{background:url(//example.com/a.png)}")).hasSize(1);
        assertThat(cssProblems("a{background:url(/assets/a.png)}b{background:url(data:image/svg+xml;base64,AAAA)}"))
                .isEmpty();

        assertThat(REMOTE_JS_IMPORT
                        .matcher("import { x } from 'https://cdn.example.com/x.js';")
                        .find())
                .isTrue();
        assertThat(REMOTE_JS_IMPORT
                        .matcher("const m = await import(\"//cdn.example.com/x.js\");")
                        .find())
                .isTrue();
        assertThat(REMOTE_JS_IMPORT.matcher("import { x } from './x.js';").find())
                .isFalse();

        assertThat(gzippedSize("a".repeat(100_000).getBytes(StandardCharsets.UTF_8)))
                .isLessThan(1_000);
    }

    // ---- the checks ----

    static List<String> remoteLoads(String html) {
        List<String> problems = new ArrayList<>();
        Matcher tag = LOADING_TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            String attributes = tag.group(2);
            if (name.equals("link") && isReference(attributes)) {
                continue;
            }
            Matcher attribute = LOADING_ATTRIBUTE.matcher(attributes);
            while (attribute.find()) {
                String value = unquote(attribute.group(2));
                boolean remote = attribute.group(1).toLowerCase(Locale.ROOT).endsWith("srcset")
                        ? Stream.of(value.split(",")).anyMatch(candidate -> isRemote(candidate.strip()))
                        : isRemote(value);
                if (remote) {
                    problems.add(tag.group().replaceAll("\\s+", " "));
                }
            }
        }
        Matcher url = REMOTE_CSS_URL.matcher(html);
        while (url.find()) {
            problems.add("inline style " + url.group());
        }
        return problems;
    }

    static List<String> cssProblems(String css) {
        List<String> problems = new ArrayList<>();
        Matcher imports = CSS_IMPORT.matcher(css);
        while (imports.find()) {
            problems.add("@import at " + imports.start());
        }
        Matcher url = REMOTE_CSS_URL.matcher(css);
        while (url.find()) {
            problems.add(url.group());
        }
        return problems;
    }

    /** Links that name another address of the page without loading it. */
    private static boolean isReference(String attributes) {
        Matcher rel = REL.matcher(attributes);
        if (!rel.find()) {
            return false;
        }
        List<String> kinds =
                List.of(rel.group(1).toLowerCase(Locale.ROOT).trim().split("\\s+"));
        return kinds.stream()
                .allMatch(k ->
                        k.equals("alternate") || k.equals("canonical") || k.equals("author") || k.equals("license"));
    }

    private static boolean isRemote(String value) {
        return Pattern.compile("^" + REMOTE).matcher(value).find();
    }

    private static String unquote(String value) {
        return (value.startsWith("\"") || value.startsWith("'")) ? value.substring(1, value.length() - 1) : value;
    }

    // ---- files ----

    private static List<Path> files(Path root, String suffix) {
        assertThat(root).as("run from the project directory").isDirectory();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long gzippedSize(Path file) {
        try {
            return gzippedSize(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long gzippedSize(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
