package se.bygdeportalen.platform.db;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults for a run on the embedded database (a newcomer's {@code ./mvnw spring-boot:run}):
 * demo data and the demo sign-in are on, the server listens only on this computer, and logs are
 * plain text rather than JSON. They have the
 * lowest precedence, so any explicit setting wins; with {@code spring.datasource.url} set none apply.
 */
class EmbeddedRunDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!EmbeddedDatabase.inUse(environment)) {
            return;
        }
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "embeddedRunDefaults",
                        Map.of(
                                "bygdeportalen.demo.data", "true",
                                "bygdeportalen.demo.sign-in", "true",
                                // The demo logins are public knowledge: only this computer may use them.
                                "server.address", "127.0.0.1",
                                "management.server.address", "127.0.0.1",
                                "bygdeportalen.embedded-run-log-format", "")));
    }
}
