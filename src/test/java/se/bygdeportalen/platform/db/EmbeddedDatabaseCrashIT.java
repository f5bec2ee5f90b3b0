package se.bygdeportalen.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The demo run's persistent embedded PostgreSQL after a crash: a run killed with SIGKILL (here a child
 * JVM) leaves its server running; the next start on the same data directory stops it cleanly, starts
 * again and finds every committed row. The server is durable (fsync, synchronous commit) and refuses
 * connections without the password, the superuser's included.
 */
class EmbeddedDatabaseCrashIT {

    /** Run in a child JVM: starts the persistent server, commits one row, says READY and waits to be killed. */
    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(args[0], 0, false, 2), "crash_app");
        try (Connection c = db.ownerDataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE acknowledged (case_number text PRIMARY KEY)");
            s.execute("INSERT INTO acknowledged VALUES ('KS 2026/25')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(TimeUnit.MINUTES.toMillis(5));
    }

    @Test
    void aKilledRunsServerIsStoppedAndTheNextStartFindsEveryCommittedRow(@TempDir Path temp) throws Exception {
        Path dataDirectory = temp.resolve("postgres");
        Process child = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedDatabaseCrashIT.class.getName(),
                        dataDirectory.toString()))
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean ready = false;
            while (!ready && (line = out.readLine()) != null) {
                ready = line.equals("READY");
            }
            assertThat(ready).as("the child run started its server").isTrue();
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(PersistentServer.runningPostmaster(dataDirectory))
                .as("the killed run's server lives on")
                .isPresent();

        EmbeddedDatabase db = EmbeddedDatabase.start(
                new EmbeddedDatabaseProperties(dataDirectory.toString(), 0, false, 2), "crash_app");
        try (Connection c = db.ownerDataSource().getConnection();
                Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT case_number FROM acknowledged")).isEqualTo("KS 2026/25");
            assertThat(single(s, "SHOW fsync")).isEqualTo("on");
            assertThat(single(s, "SHOW synchronous_commit")).isEqualTo("on");
            assertThat(single(s, "SHOW full_page_writes")).isEqualTo("on");

            PGSimpleDataSource withoutPassword = new PGSimpleDataSource();
            withoutPassword.setServerNames(new String[] {"localhost"});
            withoutPassword.setPortNumbers(new int[] {db.port()});
            withoutPassword.setDatabaseName("postgres");
            withoutPassword.setUser("postgres");
            assertThatThrownBy(withoutPassword::getConnection)
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("28P01", "08004"));
            withoutPassword.setPassword("not-the-password");
            assertThatThrownBy(withoutPassword::getConnection).isInstanceOf(SQLException.class);
        } finally {
            db.close();
        }
        assertThat(PersistentServer.runningPostmaster(dataDirectory))
                .as("stopped cleanly")
                .isEmpty();
        assertThat(Files.readString(dataDirectory.resolve("pg_hba.conf"))).doesNotContain("trust");
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
