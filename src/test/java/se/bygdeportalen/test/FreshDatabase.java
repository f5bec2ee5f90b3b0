package se.bygdeportalen.test;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import se.bygdeportalen.platform.db.EmbeddedDatabase;
import se.bygdeportalen.platform.db.EmbeddedDatabaseProperties;

/**
 * Every test class starts on a database of its own: a copy, made by PostgreSQL's {@code CREATE
 * DATABASE … TEMPLATE}, of the database as the application left it when it had started (migrated,
 * start-up rows written, demo data when the context loads it). So a test sees only the rows it made
 * and the application's own, and may count, list and use any year or address without reserving it.
 *
 * <p>The Spring context is still shared between classes (starting it is the expensive part); only its
 * connection pool is re-pointed. The template is taken the first time a class uses a context: the
 * pool the context started with is closed, and the start-up database is copied once. Copying a
 * database of this size takes a few tens of milliseconds. In-memory state of the application
 * survives from class to class, as it would in the shared database; the page cache is off in tests.
 */
public final class FreshDatabase {

    private static final AtomicInteger COPIES = new AtomicInteger();

    private FreshDatabase() {}

    /** Wraps the application's data source so its pool can be exchanged; innermost, under {@link QueryCounter}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        static BeanPostProcessor switchableDataSource() {
            return new SwitchingPostProcessor();
        }
    }

    private static final class SwitchingPostProcessor implements BeanPostProcessor, Ordered {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (bean instanceof HikariDataSource hikari && "dataSource".equals(name)) {
                return new Switchable(hikari);
            }
            return bean;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    /** Before each top-level test class: a fresh copy of the start-up database for the class's context. */
    public static final class PerClass implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) throws Exception {
            if (context.getRequiredTestClass().isAnnotationPresent(Nested.class)) {
                return; // a nested class works on its outer class's data
            }
            ApplicationContext app = SpringExtension.getApplicationContext(context);
            Switchable pool = app.getBean("dataSource", DataSource.class).unwrap(Switchable.class);
            if (!pool.hasTemplate()) {
                settle(app);
            }
            pool.freshCopy(
                    app.getBean(EmbeddedDatabase.class),
                    app.getBean(EmbeddedDatabaseProperties.class).maxPoolSize(),
                    app.getEnvironment().getProperty("bygdeportalen.database.app-role", "bygdeportalen_app"));
        }
    }

    /**
     * Waits until the events published while the application started (a back-fill publishes some) have
     * been handled, so the template holds what their listeners write; at most 30 s.
     */
    private static void settle(ApplicationContext app) throws InterruptedException {
        EventPublicationRegistry registry =
                app.getBeanProvider(EventPublicationRegistry.class).getIfAvailable();
        if (registry == null) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!registry.findIncompletePublications().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    static final class Switchable extends DelegatingDataSource {

        private final HikariDataSource started;
        private @Nullable String template;
        private @Nullable HikariDataSource current;
        private @Nullable String currentName;

        Switchable(HikariDataSource started) {
            super(started);
            this.started = started;
        }

        synchronized boolean hasTemplate() {
            return template != null;
        }

        synchronized void freshCopy(EmbeddedDatabase db, int maxPoolSize, String appRole) throws SQLException {
            DataSource server = maintenance(db.port());
            if (template == null) {
                String startedName = db.jdbcUrl().substring(db.jdbcUrl().lastIndexOf('/') + 1);
                // A database is copied only while nobody is connected to it: the start-up pool goes for good.
                started.close();
                template = startedName + "_template";
                copy(server, startedName, template, true);
            }
            String name = template.replace("_template", "_class" + COPIES.incrementAndGet());
            copy(server, template, name, false);
            try (Connection c = server.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + name + " TO " + appRole);
            }
            // The previous pool goes first: the new one takes its name, so the pool's metrics (Micrometer's
            // tracker, copied from the start-up pool) keep their tags, as in production.
            if (current != null) {
                current.close();
            }
            HikariConfig config = new HikariConfig();
            config.setPoolName(started.getPoolName());
            config.setJdbcUrl("jdbc:postgresql://localhost:" + db.port() + "/" + name);
            config.setUsername(appRole);
            config.setMaximumPoolSize(maxPoolSize);
            config.setMinimumIdle(1);
            config.setConnectionTimeout(5_000);
            if (started.getMetricsTrackerFactory() != null) {
                config.setMetricsTrackerFactory(started.getMetricsTrackerFactory());
            }
            HikariDataSource next = new HikariDataSource(config);
            setTargetDataSource(next);
            String previousName = currentName;
            current = next;
            currentName = name;
            if (previousName != null) {
                try (Connection c = server.getConnection();
                        Statement s = c.createStatement()) {
                    // An event listener of the last class may still be at work: it loses its connection.
                    s.execute("DROP DATABASE IF EXISTS " + previousName + " WITH (FORCE)");
                }
            }
        }

        private static DataSource maintenance(int port) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl("jdbc:postgresql://localhost:" + port + "/postgres");
            ds.setUser("postgres");
            return ds;
        }

        /** {@code CREATE DATABASE to TEMPLATE from}; waits out (or, for the start-up database, ends) other sessions. */
        private static void copy(DataSource server, String from, String to, boolean endSessions) throws SQLException {
            try (Connection c = server.getConnection();
                    Statement s = c.createStatement()) {
                for (int attempt = 1; ; attempt++) {
                    if (endSessions) {
                        s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + from
                                + "' AND pid <> pg_backend_pid()");
                    }
                    try {
                        s.execute("CREATE DATABASE " + to + " TEMPLATE " + from);
                        return;
                    } catch (SQLException e) {
                        // 55006: the source is still in use (a session not yet gone)
                        if (!"55006".equals(e.getSQLState()) || attempt == 100) {
                            throw e;
                        }
                    }
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new SQLException("interrupted while copying " + from, e);
                    }
                }
            }
        }
    }
}
