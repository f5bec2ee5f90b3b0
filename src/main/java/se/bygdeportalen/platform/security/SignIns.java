package se.bygdeportalen.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Puts a person into the session, or updates who they are after a change of their own account. */
@Component
public class SignIns {

    private final SecurityContextRepository contexts;

    SignIns(SecurityContextRepository contexts) {
        this.contexts = contexts;
    }

    /** Signs in; the session id changes, so a session planted before sign-in is worthless. */
    public void signIn(PortalUser user, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        save(user, request, response);
        AbsoluteSessionTimeout.markSignedIn(request.getSession());
    }

    /** Replaces the signed-in person's details (language, password state) in the current session. */
    public void refresh(PortalUser user, HttpServletRequest request, HttpServletResponse response) {
        save(user, request, response);
    }

    private void save(PortalUser user, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new PortalAuthentication(user));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
