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
 * Shares public pages between anonymous readers (see the package documentation). Runs in front of
 * Spring Session and Spring Security, for requests that carry no cookie and no credentials: nobody can
 * be signed in without one, so a kept page is answered without a session lookup or the security chain.
 * The page is kept with every header the chain gave it the first time (the security headers are the
 * same for every anonymous reader: the Content-Security-Policy carries no nonce), so a kept page gets
 * them too.
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
        // Rendering may have made a session (a form's CSRF token): then the page is that visitor's alone,
        // and keeps the Cache-Control the security chain gave it (private, no-store).
        if (capture.getStatus() != HttpServletResponse.SC_OK
                || !capture.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
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

    /**
     * The language of a request whose page may be shared, or empty. Shared only with a request that
     * carries no cookie (so no session, and no sign-in) and no credentials; a browser holding a session
     * cookie, even of a session that has ended, is served its own rendering. The signed-in check covers
     * a request whose user was set another way (tests set it directly).
     */
    private static Optional<Lang> shareableRequest(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getHeader(HttpHeaders.COOKIE) != null
                || request.getSession(false) != null
                || CurrentUser.get().isPresent()) {
            return Optional.empty();
        }
        return LangResolution.langPrefix(LangResolution.originalPath(request));
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

    /** The address, and whether it came over TLS: the kept headers differ (HSTS is sent only over TLS). */
    private static String target(HttpServletRequest request) {
        String query = request.getQueryString();
        String address = query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
        return request.isSecure() ? "https " + address : address;
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
