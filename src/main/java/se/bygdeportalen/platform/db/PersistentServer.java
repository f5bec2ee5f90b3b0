package se.bygdeportalen.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the demo run's persistent embedded server needs beyond zonky's test defaults: it is found and
 * stopped cleanly when a killed run left it behind, and every connection needs a password, the
 * superuser's included (zonky's initdb trusts every local connection).
 */
final class PersistentServer {

    private static final Logger log = LoggerFactory.getLogger(PersistentServer.class);
    static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(60);
    private static final String PASSWORD_FILE = "superuser-password";

    private PersistentServer() {}

    /**
     * A run killed with SIGKILL leaves its postmaster running (pg_ctl detaches it) and holding the data
     * directory, so the next start would wait for a server on a new port that can never start. Its
     * clients died with the killed JVM, so a smart shutdown (SIGTERM) ends it at once and cleanly.
     */
    static void stopOrphan(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> orphan = runningPostmaster(dataDirectory);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = orphan.get();
        log.warn(
                "An embedded PostgreSQL (pid {}) from an earlier run that did not stop is still using {}; stopping it",
                postmaster.pid(),
                dataDirectory);
        postmaster.destroy();
        try {
            postmaster.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The embedded PostgreSQL left by an earlier run (pid " + postmaster.pid()
                    + ") did not stop within " + ORPHAN_STOP_WAIT.toSeconds() + " s; stop it and start again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping an earlier embedded PostgreSQL", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
        log.info("Stopped the earlier embedded PostgreSQL (pid {})", postmaster.pid());
    }

    /** The live postmaster named in the data directory's {@code postmaster.pid}, if it is one. */
    static Optional<ProcessHandle> runningPostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.getFirst().strip());
        // A pid can be reused after a reboot: only a live process running postgres counts.
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info()
                        .command()
                        .map(c -> c.endsWith("/postgres") || c.endsWith("postgres"))
                        .orElse(false));
    }

    /** The superuser's password, generated once and kept beside (not inside) the data directory. */
    static String superuserPassword(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-" + PASSWORD_FILE);
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        Files.writeString(
                file,
                password + "\n",
                StandardCharsets.US_ASCII,
                StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the data directory's own permissions apply
        }
        return password;
    }

    /**
     * Sets the superuser's password and makes every connection, local ones included, authenticate with
     * SCRAM. A new data directory (zonky's initdb uses trust) is changed on its first start; later
     * starts find it already so.
     */
    static void requirePasswords(EmbeddedPostgres server, Path dataDirectory, String superuserPassword)
            throws IOException, SQLException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        String wanted = """
                # Written by Bygdeportalen: every connection needs a password (SCRAM), the superuser's too.
                local   all   all                 scram-sha-256
                host    all   all   127.0.0.1/32  scram-sha-256
                host    all   all   ::1/128       scram-sha-256
                """;
        if (Files.readString(hba, StandardCharsets.UTF_8).equals(wanted)) {
            return;
        }
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("SET password_encryption = 'scram-sha-256'");
            s.execute("ALTER ROLE postgres PASSWORD '" + superuserPassword + "'");
            Files.writeString(hba, wanted, StandardCharsets.UTF_8);
            s.execute("SELECT pg_reload_conf()");
        }
        log.info("The embedded PostgreSQL now asks every connection for a password");
    }
}
