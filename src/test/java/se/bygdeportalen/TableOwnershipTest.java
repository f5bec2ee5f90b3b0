package se.bygdeportalen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each module's SQL names only its own tables (conventions: "modules never read each other's
 * tables"). A table belongs to the module whose migration {@code V<n>__<module>_<what>.sql} creates
 * it; then every SQL string in a module's main sources is scanned for {@code FROM|JOIN|INTO|UPDATE|TABLE}
 * followed by a known table. Comments are not SQL and are skipped. Runs on the source tree, without
 * a database or a Spring context.
 */
class TableOwnershipTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/se/bygdeportalen");

    /** Tables the libraries' own schemas need (Spring Session, Spring Modulith, db-scheduler): the platform's, wherever they are created. */
    private static final Set<String> LIBRARY_TABLES = Set.of(
            "spring_session",
            "spring_session_attributes",
            "event_publication",
            "event_publication_archive",
            "scheduled_tasks");

    /**
     * Known offenders, as {@code <path under se/bygdeportalen> -> <table>}. This list may only shrink:
     * an entry that no longer offends fails the test too, so it is removed together with the fix.
     */
    private static final Set<String> KNOWN_OFFENDERS = Set.of();

    private static final Pattern MIGRATION_NAME = Pattern.compile("V[0-9_.]+__([a-z]+)_.*\\.sql");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?i)\\bCREATE\\s+(?:UNLOGGED\\s+|TEMP(?:ORARY)?\\s+)?(?:MATERIALIZED\\s+)?(?:TABLE|VIEW)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:\\w+\\.)?(\\w+)");
    private static final Pattern MENTION = Pattern.compile(
            "(?i)\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+(?:ONLY\\s+)?(?:IF\\s+EXISTS\\s+)?(?:\\w+\\.)?([a-z_][a-z0-9_]*)\\b");

    @Test
    void everyTableHasOneOwningModule() {
        Map<String, String> owners = owners();
        assertThat(owners)
                .as("tables created by the migrations")
                .containsKeys(
                        "staff_account",
                        "proposal",
                        "decisions_meeting",
                        "organisation_body",
                        "noticeboard_notice",
                        "site_accessibility_statement",
                        "spring_session",
                        "event_publication");
        assertThat(owners)
                .containsEntry("proposal", "proposals")
                .containsEntry("resident", "platform")
                .containsEntry("scheduled_tasks", "platform")
                .containsEntry("organisation_membership", "organisation");
    }

    @Test
    void eachModulesSqlNamesOnlyItsOwnTables() {
        Map<String, String> owners = owners();
        Set<String> offences = new TreeSet<>();
        for (Path moduleDir : modules()) {
            String module = moduleDir.getFileName().toString();
            for (Path file : javaFiles(moduleDir)) {
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                for (String table : foreignTables(module, read(file), owners)) {
                    offences.add(relative + " -> " + table + " (owned by " + owners.get(table) + ")");
                }
            }
        }
        Set<String> offenders = new TreeSet<>();
        offences.forEach(o -> offenders.add(o.substring(0, o.indexOf(" ("))));
        List<String> unexpected = offences.stream()
                .filter(o -> !KNOWN_OFFENDERS.contains(o.substring(0, o.indexOf(" ("))))
                .toList();
        assertThat(unexpected)
                .as("SQL naming another module's table (file -> table); use that module's published API or an event")
                .isEmpty();
        Set<String> fixed = new TreeSet<>(KNOWN_OFFENDERS);
        fixed.removeAll(offenders);
        assertThat(fixed)
                .as("fixed offenders: remove them from KNOWN_OFFENDERS")
                .isEmpty();
    }

    @Test
    void theScanFindsAnotherModulesTableInAnySqlStringButNotInComments() {
        Map<String, String> owners = Map.of(
                "proposal",
                "proposals",
                "proposal_support",
                "proposals",
                "decisions_meeting",
                "decisions",
                "audit_log",
                "platform");
        String source = """
                class RecordDecision {
                    // Once read FROM proposal here; /* JOIN proposal_support */ too.
                    String own = "SELECT * FROM decisions_meeting m";
                    String other = \"""
                            SELECT p.title FROM decisions_meeting m
                              join public.proposal p ON p.id = m.proposal_id
                            \""";
                    String write = "UPDATE proposal_support SET x = 1";
                    String platform = "INSERT INTO audit_log (action) VALUES ('x')";
                    String prose = "The proposal was referred";
                }
                """;
        assertThat(foreignTables("decisions", source, owners))
                .containsExactly("audit_log", "proposal", "proposal_support");
        assertThat(foreignTables("proposals", source, owners)).containsExactly("audit_log", "decisions_meeting");
        assertThat(foreignTables("platform", "class A { String q = \"SELECT 1 FROM audit_log\"; }", owners))
                .isEmpty();
    }

    /** Known tables of another module named in the source's string literals, sorted. */
    static Set<String> foreignTables(String module, String source, Map<String, String> owners) {
        Set<String> found = new TreeSet<>();
        for (String literal : stringLiterals(source)) {
            Matcher m = MENTION.matcher(literal);
            while (m.find()) {
                String table = m.group(1).toLowerCase();
                String owner = owners.get(table);
                if (owner != null && !owner.equals(module)) {
                    found.add(table);
                }
            }
        }
        return found;
    }

    /** Table to the module whose migration creates it. */
    static Map<String, String> owners() {
        Map<String, String> owners = new TreeMap<>();
        LIBRARY_TABLES.forEach(t -> owners.put(t, "platform"));
        List<String> duplicates = new ArrayList<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = MIGRATION_NAME.matcher(file.getFileName().toString());
                assertThat(name.matches())
                        .as("migration named V<n>__<module>_<what>.sql: " + file.getFileName())
                        .isTrue();
                String module = name.group(1);
                Matcher create = CREATE_TABLE.matcher(withoutSqlComments(read(file)));
                while (create.find()) {
                    String table = create.group(1).toLowerCase();
                    String before = owners.put(table, module);
                    if (before != null && !before.equals(module)) {
                        duplicates.add(table + " created by " + before + " and " + module);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(duplicates).as("a table has one owner").isEmpty();
        return owners;
    }

    private static List<Path> modules() {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutSqlComments(String sql) {
        return sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", " ");
    }

    /** The contents of the string literals and text blocks of Java source; comments and char literals are skipped. */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = lineEnd(source, i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end;
                literals.add(source.substring(i + 3, end));
                i = Math.min(n, end + 3);
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                StringBuilder text = new StringBuilder();
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    if (source.charAt(j) == '\\' && j + 1 < n) {
                        text.append(source.charAt(j + 1));
                        j += 2;
                    } else {
                        text.append(source.charAt(j++));
                    }
                }
                if (c == '"') {
                    literals.add(text.toString());
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int lineEnd(String source, int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }
}
