package se.bygdeportalen.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session a fixed time after the sign-in, however active it is (ASVS 7.3.2); the
 * idle timeout is the session store's own. Counted from the sign-in, not from the session's
 * creation, which may have been long before (a form opened earlier). On the system clock, like the
 * session store's idle timeout, not the platform clock: a test that moves the platform clock by days
 * must not end the sessions it signed in.
 */
class AbsoluteSessionTimeout extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = "bygdeportalen.signedInAt";

    private final long maxAgeMillis;

    AbsoluteSessionTimeout(Duration maxAge) {
        this.maxAgeMillis = maxAge.toMillis();
    }

    static void markSignedIn(HttpSession session) {
        session.setAttribute(SIGNED_IN_AT, System.currentTimeMillis());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null
                && SecurityContextHolder.getContext().getAuthentication() instanceof PortalAuthentication
                && session.getAttribute(SIGNED_IN_AT) instanceof Long signedInAt
                && System.currentTimeMillis() - signedInAt > maxAgeMillis) {
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
