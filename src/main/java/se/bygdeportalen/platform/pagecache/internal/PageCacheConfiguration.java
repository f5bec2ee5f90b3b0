package se.bygdeportalen.platform.pagecache.internal;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.TransactionExecutionListener;

/** The page cache's filter and its clearing on commit (Spring Boot gives the listener to the transaction manager). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
class PageCacheConfiguration {

    /** After Spring Security's chain (and so after Spring Session, which runs before it). */
    static final int FILTER_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10;

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(
            PageStore store, Clock clock, PageCacheProperties properties) {
        FilterRegistrationBean<PageCacheFilter> registration =
                new FilterRegistrationBean<>(new PageCacheFilter(store, clock, properties));
        registration.setOrder(FILTER_ORDER);
        return registration;
    }

    @Bean
    TransactionExecutionListener clearPageCacheOnCommit(PageStore store) {
        return new ClearOnCommit(store);
    }
}
