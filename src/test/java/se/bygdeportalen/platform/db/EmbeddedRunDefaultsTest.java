package se.bygdeportalen.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Demo data and the demo sign-in are defaults of the embedded run only, and never override a setting. */
class EmbeddedRunDefaultsTest {

    private final EmbeddedRunDefaults defaults = new EmbeddedRunDefaults();

    private StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", properties));
        defaults.postProcessEnvironment(env, new SpringApplication());
        return env;
    }

    @Test
    void theEmbeddedRunGetsDemoDataAndTheDemoSignIn() {
        StandardEnvironment env = environment(Map.of());
        assertThat(env.getProperty("bygdeportalen.demo.data")).isEqualTo("true");
        assertThat(env.getProperty("bygdeportalen.demo.sign-in")).isEqualTo("true");
    }

    @Test
    void aServerDatabaseGetsNoDemoAnything() {
        StandardEnvironment env =
                environment(Map.of("spring.datasource.url", "jdbc:postgresql://db.example/bygdeportalen"));
        assertThat(env.getProperty("bygdeportalen.demo.data")).isNull();
        assertThat(env.getProperty("bygdeportalen.demo.sign-in")).isNull();
    }

    @Test
    void anExplicitSettingWins() {
        StandardEnvironment env = environment(Map.of("bygdeportalen.demo.data", "false"));
        assertThat(env.getProperty("bygdeportalen.demo.data")).isEqualTo("false");
    }
}
