package se.bygdeportalen.platform.pagecache.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the page cache, under {@code bygdeportalen.page-cache}.
 *
 * @param enabled     keep rendered anonymous pages in memory; {@code false} renders every request (the
 *                    HTTP headers, ETag and 304 stay); default {@code true}
 * @param timeToLive  how long a kept page may be served at most: the safety net for changes that commit
 *                    no transaction, and the most another instance behind the same load balancer can lag
 *                    behind a change made on this one; default 5 minutes
 * @param maxSize     memory for kept pages, counted in their bytes; default 32 MB
 * @param maxPageSize a larger response is sent as it is rendered and not kept; default 1 MB
 * @param maxAge      {@code max-age} of a shared page for browsers and caches in front; default 60 seconds
 */
@ConfigurationProperties("bygdeportalen.page-cache")
record PageCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5m") Duration timeToLive,
        @DefaultValue("32MB") DataSize maxSize,
        @DefaultValue("1MB") DataSize maxPageSize,
        @DefaultValue("60s") Duration maxAge) {}
