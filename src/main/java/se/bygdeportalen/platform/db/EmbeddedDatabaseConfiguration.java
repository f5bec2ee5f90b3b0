package se.bygdeportalen.platform.db;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Without {@code spring.datasource.url} (the demo run, the tests) the platform starts its own
 * PostgreSQL. Flyway migrates as the owner; the application works as a role that may not alter
 * the audit log.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(
            EmbeddedDatabaseProperties props,
            @Value("${bygdeportalen.database.app-role:bygdeportalen_app}") String appRole) {
        return EmbeddedDatabase.start(props, appRole);
    }

    @Bean
    @Primary
    DataSource dataSource(EmbeddedDatabase db, EmbeddedDatabaseProperties props) {
        return db.appDataSource(props.maxPoolSize());
    }

    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource flywayDataSource(EmbeddedDatabase db) {
        return db.ownerDataSource();
    }

    static class NoDatasourceUrl extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return EmbeddedDatabase.inUse(context.getEnvironment())
                    ? ConditionOutcome.match("no spring.datasource.url: embedded PostgreSQL")
                    : ConditionOutcome.noMatch("spring.datasource.url is set");
        }
    }
}
