package se.bygdeportalen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the kinds of tests apart (README, Development): a class that starts the application is an
 * {@code *IT} (Failsafe), one that drives a browser a {@code *BrowserIT}, so {@code ./mvnw test} stays a
 * minute of unit tests however many modules come.
 */
class TestKindsTest {

    private static final Pattern NEEDS_CONTEXT = Pattern.compile(
            "@(IntegrationTest|BrowserTest|ServerTest|MailIntegrationTest|SpringBootTest|ApplicationModuleTest)\\b");

    @Test
    void unitTestsStartNoApplication() throws IOException {
        assertThat(classes("Test.java", "Tests.java").stream()
                        .filter(
                                p -> !p.getFileName()
                                        .toString()
                                        .matches(
                                                "(IntegrationTest|BrowserTest|ServerTest|MailIntegrationTest|TestKindsTest)\\.java"))
                        .filter(p -> NEEDS_CONTEXT.matcher(read(p)).find())
                        .toList())
                .as("*Test classes that start the application: rename them *IT or *BrowserIT")
                .isEmpty();
    }

    @Test
    void browserTestsAreNamedSo() throws IOException {
        assertThat(classes("IT.java").stream()
                        .filter(p -> read(p).contains("@BrowserTest"))
                        .filter(p -> !p.getFileName().toString().endsWith("BrowserIT.java"))
                        .toList())
                .as("browser tests are *BrowserIT")
                .isEmpty();
    }

    private static List<Path> classes(String... suffixes) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            return files.filter(p -> Stream.of(suffixes)
                            .anyMatch(s -> p.getFileName().toString().endsWith(s)))
                    .toList();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
