package se.bygdeportalen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of the main sources is {@code @NullMarked} (JSpecify) in its {@code package-info.java}:
 * NullAway checks only marked packages, so a new package without the annotation would silently
 * escape the compile-time null check (README, Development). Runs on the source tree.
 */
class NullMarkedPackagesTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** The annotation on the package declaration, simple or qualified; comments are removed first. */
    private static final Pattern MARKED =
            Pattern.compile("@(?:org\\.jspecify\\.annotations\\.)?NullMarked\\b[\\s\\S]*\\bpackage\\s");

    private static final Pattern COMMENTS = Pattern.compile("/\\*[\\s\\S]*?\\*/|//[^\\n]*");

    @Test
    void everyPackageWithSourcesIsNullMarked() {
        List<Path> packages = packagesWithSources();
        assertThat(packages)
                .as("package directories found under " + SOURCES)
                .contains(
                        SOURCES.resolve("se/bygdeportalen"),
                        SOURCES.resolve("se/bygdeportalen/platform/usecase"),
                        SOURCES.resolve("se/bygdeportalen/proposals/internal"));
        List<String> unmarked = packages.stream()
                .filter(dir -> !marked(dir.resolve("package-info.java")))
                .map(dir -> SOURCES.relativize(dir).toString())
                .toList();
        assertThat(unmarked)
                .as("packages whose package-info.java is missing or lacks @NullMarked")
                .isEmpty();
    }

    @Test
    void onlyAnAnnotationOnThePackageCounts() {
        assertThat(isMarked("@NullMarked\npackage a;\n\nimport org.jspecify.annotations.NullMarked;\n"))
                .isTrue();
        assertThat(isMarked("/** Docs. */\n@org.jspecify.annotations.NullMarked\npackage a;\n"))
                .isTrue();
        assertThat(isMarked("// @NullMarked\npackage a;\n")).isFalse();
        assertThat(isMarked("/** Not yet {@code @NullMarked}. */\npackage a;\n"))
                .isFalse();
        assertThat(isMarked("package a;\n")).isFalse();
    }

    private static List<Path> packagesWithSources() {
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            return dirs.filter(Files::isDirectory)
                    .filter(NullMarkedPackagesTest::hasSources)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasSources(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .anyMatch(name -> name.endsWith(".java") && !name.equals("package-info.java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean marked(Path packageInfo) {
        try {
            return Files.exists(packageInfo) && isMarked(Files.readString(packageInfo));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isMarked(String source) {
        return MARKED.matcher(COMMENTS.matcher(source).replaceAll("")).find();
    }
}
