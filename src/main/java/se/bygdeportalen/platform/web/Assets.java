package se.bygdeportalen.platform.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Fingerprinted URLs of first-party CSS and JS, cached for a year by browsers. */
@Component
class Assets {

    private final ResourceUrlProvider urls;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    Assets(ResourceUrlProvider urls) {
        this.urls = urls;
    }

    String url(String path) {
        return cache.computeIfAbsent(path, p -> {
            String versioned = urls.getForLookupPath(p);
            return versioned != null ? versioned : p;
        });
    }
}
