package se.bygdeportalen.platform.ratelimit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.web.SecurityFilterChain;

/** The rate limiter's settings, and the sign-in limit placed in front of Spring Security. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    /** Before Spring Security's filter chain, so a refused attempt costs no password hash. */
    static final int SIGN_IN_FILTER_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10;

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

    RateLimitConfiguration(RateLimitProperties properties, Environment environment) {
        if (properties.keySecret() == null || properties.keySecret().isBlank()) {
            String message = "No bygdeportalen.ratelimit.key-secret set: rate limits use a random key until restart. "
                    + "Give every instance the same secret when several run behind a load balancer.";
            // Only an external database can be shared by several instances, which would then each count alone.
            if (se.bygdeportalen.platform.db.EmbeddedDatabase.inUse(environment)) {
                log.info(message);
            } else {
                log.warn(message);
            }
        }
    }

    @Bean
    FilterRegistrationBean<StaffSignInRateLimitFilter> staffSignInRateLimitFilter(
            RateLimiter limiter, ObjectProvider<SecurityFilterChain> securityChains) {
        FilterRegistrationBean<StaffSignInRateLimitFilter> registration =
                new FilterRegistrationBean<>(new StaffSignInRateLimitFilter(limiter, securityChains));
        registration.setName("staffSignInRateLimitFilter");
        registration.setOrder(SIGN_IN_FILTER_ORDER);
        return registration;
    }
}
