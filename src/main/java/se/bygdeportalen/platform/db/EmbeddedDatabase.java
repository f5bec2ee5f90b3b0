package se.bygdeportalen.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL started from the application, for the demo run and the tests. The demo run keeps
 * its data directory under {@code ./data/} so a restart loses nothing; tests share one ephemeral
 * server per JVM and get a fresh database per Spring context.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static @Nullable EmbeddedPostgres sharedEphemeral;
    private static int sharedUsers;

    private final EmbeddedPostgres postgres;
    private final boolean ownsServer;
    private final String database;
    private final String appRole;
    private final String appPassword;
    private @Nullable HikariDataSource appDataSource;

    private EmbeddedDatabase(EmbeddedPostgres postgres, boolean ownsServer, String database, String appRole) {
        this.postgres = postgres;
        this.ownsServer = ownsServer;
        this.database = database;
        this.appRole = appRole;
        this.appPassword = HexFormat.of().formatHex(randomBytes(24));
    }

    /** True when no {@code spring.datasource.url} is set, so the platform runs on its own PostgreSQL (demo run, tests). */
    public static boolean inUse(org.springframework.core.env.Environment env) {
        String url = env.getProperty("spring.datasource.url");
        return url == null || url.isBlank();
    }

    static EmbeddedDatabase start(EmbeddedDatabaseProperties props, String appRole) {
        try {
            if (props.ephemeral()) {
                EmbeddedPostgres server = sharedEphemeralServer();
                String name = "bygdeportalen_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
                EmbeddedDatabase db = new EmbeddedDatabase(server, false, name, appRole);
                db.prepare();
                return db;
            }
            Path dir = Path.of(props.dataDirectory()).toAbsolutePath().normalize();
            Files.createDirectories(dir.getParent());
            log.info("Starting embedded PostgreSQL with its data in {}", dir);
            PersistentServer.stopOrphan(dir);
            String superuserPassword = PersistentServer.superuserPassword(dir);
            // Spring stops the server (the bean's close) after the beans that use it; zonky's own JVM hook
            // would stop it concurrently, while the event registry still reads from it.
            // Durable: zonky starts postgres with -F (no fsync) and synchronous_commit=off, fit for tests
            // only; the later -c options win, so an acknowledged proposal survives a power cut.
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPort(props.port())
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setConnectConfig("password", superuserPassword)
                    .start();
            PersistentServer.requirePasswords(server, dir, superuserPassword);
            EmbeddedDatabase db = new EmbeddedDatabase(server, true, "bygdeportalen", appRole);
            db.prepare();
            return db;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /**
     * The test server is stopped when the last context using it closes. Zonky's own shutdown hook is
     * off: JVM hooks run concurrently, and it would stop the server while Spring still closes contexts.
     */
    private static synchronized EmbeddedPostgres sharedEphemeralServer() throws IOException {
        sharedUsers++;
        if (sharedEphemeral == null) {
            sharedEphemeral = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "300")
                    .start();
        }
        return sharedEphemeral;
    }

    /** Creates the database and the application's login role when they are missing. */
    private void prepare() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                s.execute("CREATE DATABASE " + database + " ENCODING 'UTF8'");
            }
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", appRole)) {
                try {
                    s.execute("CREATE ROLE " + appRole + " LOGIN");
                } catch (SQLException raced) {
                    if (!"42710".equals(raced.getSQLState())) {
                        throw raced;
                    }
                }
            }
            s.execute("ALTER ROLE " + appRole + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '" + appPassword
                    + "'");
            s.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + database + " TO " + appRole);
        }
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Connections as the schema owner: Flyway only. */
    public DataSource ownerDataSource() {
        return postgres.getDatabase("postgres", database);
    }

    /** Pooled connections as the application role, which may not change the audit log. */
    public synchronized DataSource appDataSource(int maxPoolSize) {
        if (appDataSource == null) {
            HikariConfig config = new HikariConfig();
            config.setPoolName("bygdeportalen");
            config.setJdbcUrl(jdbcUrl());
            config.setUsername(appRole);
            config.setPassword(appPassword);
            config.setMaximumPoolSize(maxPoolSize);
            config.setMinimumIdle(1);
            // A local server answers at once or is gone: Ctrl-C stops PostgreSQL with the app (same process
            // group), and shutdown must not wait Hikari's default 30 s for a connection that never comes.
            config.setConnectionTimeout(5_000);
            appDataSource = new HikariDataSource(config);
        }
        return appDataSource;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        if (appDataSource != null) {
            appDataSource.close();
        }
        if (ownsServer) {
            postgres.close();
        } else {
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            } catch (SQLException e) {
                log.debug("Could not drop test database {}", database, e);
            }
            releaseSharedServer();
        }
    }

    private static synchronized void releaseSharedServer() throws IOException {
        if (--sharedUsers == 0 && sharedEphemeral != null) {
            sharedEphemeral.close();
            sharedEphemeral = null;
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new SecureRandom().nextBytes(b);
        return b;
    }
}
