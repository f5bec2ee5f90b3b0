package se.bygdeportalen.platform.ratelimit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits staff sign-in attempts per client address and per submitted username, before Spring Security
 * checks any password (ASVS 6.1.1, 6.3.1). The account lockout stops guessing at one account; these
 * limits also slow down one address trying many accounts, and many addresses trying one account.
 * Every attempt counts, successful or not. A refused attempt gets 429 with {@code Retry-After} and the
 * site's error page, and never reaches the password check.
 */
class StaffSignInRateLimitFilter extends OncePerRequestFilter {

    static final RateLimitPolicy PER_ADDRESS = new RateLimitPolicy("staff-login-address", 20, Duration.ofMinutes(5));
    static final RateLimitPolicy PER_USERNAME = new RateLimitPolicy("staff-login-username", 10, Duration.ofMinutes(15));

    // The same matcher Spring Security's form login uses, so no spelling of the path slips past one of them.
    private static final RequestMatcher SIGN_IN =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/admin/login");

    private final RateLimiter limiter;
    private final ObjectProvider<SecurityFilterChain> securityChains;

    StaffSignInRateLimitFilter(RateLimiter limiter, ObjectProvider<SecurityFilterChain> securityChains) {
        this.limiter = limiter;
        this.securityChains = securityChains;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimiter.Decision decision = limiter.tryConsume(PER_ADDRESS, RateLimitKeys.address(request));
        // A blank username would put every such attempt in one bucket; the address limit covers those.
        String username = request.getParameter("username");
        if (decision.allowed() && username != null && !username.isBlank()) {
            decision = limiter.tryConsume(PER_USERNAME, RateLimitKeys.username(username));
        }
        if (!decision.allowed()) {
            refuse(request, response, decision);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * An error dispatch rather than a forward: Spring Security lets it through to the error page without
     * a CSRF check, which a forwarded POST would fail. But it writes no security headers on an error
     * dispatch, and this request never reached its chain; so its header filter is run around the
     * refusal, which gives the page the same CSP, frame and cache headers as every other page.
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response, RateLimiter.Decision decision)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
        FilterChain sendError =
                (req, res) -> ((HttpServletResponse) res).sendError(HttpStatus.TOO_MANY_REQUESTS.value());
        Optional<HeaderWriterFilter> headers = securityHeaders(request);
        if (headers.isPresent()) {
            headers.get().doFilter(request, response, sendError);
        } else {
            sendError.doFilter(request, response);
        }
    }

    private Optional<HeaderWriterFilter> securityHeaders(HttpServletRequest request) {
        return securityChains
                .orderedStream()
                .filter(chain -> chain.matches(request))
                .findFirst()
                .flatMap(chain -> chain.getFilters().stream()
                        .filter(HeaderWriterFilter.class::isInstance)
                        .map(HeaderWriterFilter.class::cast)
                        .findFirst());
    }
}
