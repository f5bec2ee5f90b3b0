package se.bygdeportalen.platform.pagecache.internal;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.TransactionExecutionListener;

/** The page cache's filter and its clearing on commit (Spring Boot gives the listener to the transaction manager). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
class PageCacheConfiguration {

    /**
     * In front of Spring Session (whose filter is at {@code Integer.MIN_VALUE + 50}) and so of Spring
     * Security, behind the request id and the request metrics, so a kept page is still counted and carries
     * its own request id.
     */
    static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

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
