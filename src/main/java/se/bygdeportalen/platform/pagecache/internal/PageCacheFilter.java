package se.bygdeportalen.platform.pagecache.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.security.CurrentUser;
import se.bygdeportalen.platform.web.LangResolution;

/**
 * Shares public pages between anonymous readers (see the package documentation). Runs after Spring
 * Security and Spring Session, so the session and the signed-in person are known, and a page served
 * from the cache still gets every security header.
 */
final class PageCacheFilter extends OncePerRequestFilter {

    /**
     * What may be shared: pages and the open formats modules publish beside them. Not CSV: exports are
     * streamed from a cursor as they are read, and holding up to a megabyte of each one back to give it an
     * ETag would cost a reader the first rows' arrival and the server that much memory per download.
     */
    private static final Set<String> SHAREABLE_TYPES = Set.of(
            "text/html",
            "application/atom+xml",
            "text/calendar",
            "application/json",
            "application/xml",
            "application/rdf+xml");

    private final PageStore store;
    private final Clock clock;
    private final int maxPageSize;
    private final String cacheControl;

    PageCacheFilter(PageStore store, Clock clock, PageCacheProperties properties) {
        this.store = store;
        this.clock = clock;
        this.maxPageSize =
                (int) Math.min(Integer.MAX_VALUE, properties.maxPageSize().toBytes());
        this.cacheControl = "public, max-age=" + properties.maxAge().toSeconds();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Lang> lang = shareableRequest(request);
        if (lang.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long generation = store.generation();
        PageStore.Key key =
                new PageStore.Key(lang.get(), target(request), LocalDate.ofInstant(clock.instant(), DateFormats.ZONE));
        CachedPage kept = store.find(key);
        if (kept != null) {
            response.setContentType(kept.contentType());
            kept.headers().forEach(h -> response.addHeader(h.name(), h.value()));
            sendShared(kept, request, response);
            return;
        }

        CapturingResponse capture = new CapturingResponse(response, maxPageSize, PageCacheFilter::mayBeShared);
        chain.doFilter(request, capture);
        capture.finish();
        if (!capture.captured()) {
            return;
        }
        // Rendering may have made a session (a form's CSRF token): then the page is that visitor's alone.
        if (capture.getStatus() != HttpServletResponse.SC_OK || !signedOutWithoutSession(request)) {
            capture.sendAsIs();
            return;
        }
        String contentType = capture.getContentType();
        CachedPage page = CachedPage.of(
                capture.body(),
                contentType == null ? MediaType.TEXT_HTML_VALUE : contentType,
                capture.handlerHeaders(),
                generation);
        store.keep(key, page);
        sendShared(page, request, response);
    }

    /** The language of a request whose page may be shared, or empty. */
    private static Optional<Lang> shareableRequest(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return Optional.empty();
        }
        Optional<Lang> lang = LangResolution.langPrefix(LangResolution.originalPath(request));
        return lang.isPresent() && signedOutWithoutSession(request) ? lang : Optional.empty();
    }

    private static boolean signedOutWithoutSession(HttpServletRequest request) {
        return request.getSession(false) == null && CurrentUser.get().isEmpty();
    }

    /** Decided when the handler starts its body: a 200 in a shareable type that the handler left to us. */
    private static boolean mayBeShared(HttpServletResponse response) {
        if (response.getStatus() != HttpServletResponse.SC_OK
                || response.containsHeader(HttpHeaders.CACHE_CONTROL)
                || response.containsHeader(HttpHeaders.SET_COOKIE)
                || response.getContentType() == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(response.getContentType());
            return SHAREABLE_TYPES.contains(type.getType() + "/" + type.getSubtype());
        } catch (org.springframework.util.InvalidMimeTypeException e) {
            return false;
        }
    }

    private static String target(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    /**
     * Public for {@code max-age}, then revalidated by its ETag. {@code Vary: Cookie}: a browser that
     * kept the page while signed out asks again once it has a session cookie (signed in, or a form
     * started), and a cache in front keeps the cookie-less copy apart.
     */
    private void sendShared(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
        if (new ServletWebRequest(request, response).checkNotModified(page.etag())) {
            return; // 304, with the ETag
        }
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }
}
