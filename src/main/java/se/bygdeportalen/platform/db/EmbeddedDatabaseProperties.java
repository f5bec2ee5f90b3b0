package se.bygdeportalen.platform.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL, used when {@code spring.datasource.url} is not set.
 *
 * @param dataDirectory where the demo run keeps its data
 * @param port          0 picks a free port
 * @param ephemeral     tests: a throw-away server shared by the JVM, one database per context
 */
@ConfigurationProperties("bygdeportalen.embedded-db")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data/postgres") String dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean ephemeral,
        @DefaultValue("10") int maxPoolSize) {}
