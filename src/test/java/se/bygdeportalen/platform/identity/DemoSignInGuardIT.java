package se.bygdeportalen.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import se.bygdeportalen.platform.PlatformProperties;
import se.bygdeportalen.platform.identity.internal.DemoSignInGuard;

/** The demo sign-in cannot be turned on in a configuration that points at a real database. */
class DemoSignInGuardIT {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PlatformProperties.class)
    @Import(DemoSignInGuard.class)
    static class Config {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Config.class);

    @Test
    void refusedWithAnExternalDatabase() {
        runner.withPropertyValues(
                        "spring.datasource.url=jdbc:postgresql://db.example/bygdeportalen",
                        "bygdeportalen.demo.sign-in=true")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure())
                            .rootCause()
                            .hasMessageContaining("only allowed on the embedded demo database");
                });
    }

    @Test
    void allowedOnTheEmbeddedDatabase() {
        runner.withPropertyValues("bygdeportalen.demo.sign-in=true")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void offByDefaultWithAnExternalDatabase() {
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example/bygdeportalen")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(PlatformProperties.class).demo().signIn())
                            .isFalse();
                });
    }
}
