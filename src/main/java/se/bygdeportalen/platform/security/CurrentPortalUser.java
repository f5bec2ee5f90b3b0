package se.bygdeportalen.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the session's person against the records on each request (see {@link PortalUsers}). Someone
 * the records no longer hold is signed out: the session ends and the request goes on as a visitor's.
 * Someone whose details changed gets them from the records, and the session is updated to match.
 */
class CurrentPortalUser extends OncePerRequestFilter {

    private final PortalUsers users;
    private final SecurityContextRepository contexts;

    CurrentPortalUser(PortalUsers users, SecurityContextRepository contexts) {
        this.users = users;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof PortalAuthentication signedIn) {
            PortalUser fromSession = signedIn.getPrincipal();
            Optional<PortalUser> now = users.current(fromSession);
            if (now.isEmpty()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!now.get().equals(fromSession)) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new PortalAuthentication(now.get()));
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
