package se.bygdeportalen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The application reads the time of day only through the injected {@link java.time.Clock}, so a test
 * can set it ({@code se.bygdeportalen.test.TestClock}) and deadlines, reminders and "today in
 * Stockholm" can be tested on any date. Tests take the time from that clock too, never from the
 * system's. Timers ({@code System.nanoTime}) are not the time of day and are fine.
 */
class ClockUseTest {

    /** The system clock: a {@code now} without a clock, the millisecond counter, the system clocks, old dates. */
    private static final Pattern SYSTEM_TIME = Pattern.compile("\\b(?:Instant|LocalDate|LocalDateTime|LocalTime"
            + "|ZonedDateTime|OffsetDateTime|OffsetTime|Year|YearMonth|MonthDay)\\.now\\(\\s*"
            + "(?:\\)|ZoneId\\b|ZoneOffset\\b|DateFormats\\.ZONE\\b)"
            + "|System\\.currentTimeMillis\\(|Clock\\.system\\w*\\(|new (?:java\\.util\\.)?Date\\(\\)"
            + "|Calendar\\.getInstance\\(");

    /** In tests also {@code now(clock)}: the test clock says what today is ({@code TestClock.today()}). */
    private static final Pattern ANY_NOW = Pattern.compile("\\b[A-Z]\\w*\\.now\\(");

    /** Where the system clock is the right one, and why. */
    private static final Map<String, String> SYSTEM_CLOCK_ALLOWED = Map.of(
            "src/main/java/se/bygdeportalen/platform/Platform.java", "the clock bean itself",
            "src/main/java/se/bygdeportalen/platform/files/FileStorage.java",
                    "compares with the times the file system stamps on files",
            "src/main/java/se/bygdeportalen/platform/security/AbsoluteSessionTimeout.java",
                    "a session's age, on the clock of the session store that ends idle sessions");

    @Test
    void theApplicationReadsTheTimeFromTheInjectedClock() throws IOException {
        List<String> found = new ArrayList<>(offences(Path.of("src/main/java"), SYSTEM_TIME));
        found.addAll(offences(Path.of("src/main/jte"), SYSTEM_TIME));
        assertThat(found)
                .as("read the time from the injected java.time.Clock (with withZone(DateFormats.ZONE) for a day)")
                .isEmpty();
    }

    @Test
    void testsReadTheTimeFromTheTestClock() throws IOException {
        assertThat(offences(Path.of("src/test/java"), SYSTEM_TIME, ANY_NOW))
                .as("take today from TestClock (clock.today(), TestClock.DEFAULT_TODAY) or write the date")
                .isEmpty();
    }

    private static List<String> offences(Path root, Pattern... patterns) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(
                            p -> p.toString().endsWith(".java") || p.toString().endsWith(".jte"))
                    .toList()) {
                String name = file.toString().replace('\\', '/');
                if (SYSTEM_CLOCK_ALLOWED.containsKey(name) || name.endsWith("/ClockUseTest.java")) {
                    continue;
                }
                List<String> lines = read(file);
                for (int i = 0; i < lines.size(); i++) {
                    for (Pattern pattern : patterns) {
                        Matcher m = pattern.matcher(lines.get(i));
                        if (m.find()) {
                            found.add(name + ":" + (i + 1) + ": " + m.group());
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
