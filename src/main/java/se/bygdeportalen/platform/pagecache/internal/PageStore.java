package se.bygdeportalen.platform.pagecache.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.pagecache.PageCache;

/**
 * The kept pages, bounded in bytes and age. {@link #clear()} starts a new generation: a page that was
 * being rendered while a change committed may hold the data from before it, so a page is only kept,
 * and only served, in the generation it started rendering in.
 */
@Component
class PageStore implements PageCache {

    /**
     * Where a page is kept: its address, language and the day, so pages that count days (a notice's
     * last day, a meeting that is today) are rendered afresh after midnight.
     *
     * @param target the request URI with its query, as the visitor sent them
     */
    record Key(Lang lang, String target, LocalDate day) {}

    private final AtomicLong generation = new AtomicLong();
    private final @Nullable Cache<Key, CachedPage> pages;

    PageStore(PageCacheProperties properties, ObjectProvider<MeterRegistry> meters) {
        if (properties.enabled()) {
            Cache<Key, CachedPage> cache = Caffeine.newBuilder()
                    .maximumWeight(properties.maxSize().toBytes())
                    .weigher((Key key, CachedPage page) -> page.weight())
                    .expireAfterWrite(properties.timeToLive())
                    .recordStats()
                    .build();
            meters.ifAvailable(registry -> CaffeineCacheMetrics.monitor(registry, cache, "pages"));
            this.pages = cache;
        } else {
            this.pages = null;
        }
    }

    long generation() {
        return generation.get();
    }

    @Nullable
    CachedPage find(Key key) {
        if (pages == null) {
            return null;
        }
        CachedPage page = pages.getIfPresent(key);
        return page != null && page.generation() == generation.get() ? page : null;
    }

    void keep(Key key, CachedPage page) {
        if (pages != null && page.generation() == generation.get()) {
            pages.put(key, page);
        }
    }

    @Override
    public void clear() {
        generation.incrementAndGet();
        if (pages != null) {
            pages.invalidateAll();
        }
    }
}
