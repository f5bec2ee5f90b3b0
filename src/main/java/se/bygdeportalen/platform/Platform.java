package se.bygdeportalen.platform;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans of the shared core that have no better home. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlatformProperties.class)
class Platform {

    /** One clock for the whole platform, so tests can set the time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
