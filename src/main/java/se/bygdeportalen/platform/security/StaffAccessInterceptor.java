package se.bygdeportalen.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces {@link StaffOnly} on every handler under {@code /admin}. It is registered for those
 * paths (matched on the decoded path, as Spring MVC matches handlers), so it never looks at the raw
 * URI: a handler without {@code @StaffOnly}, a handler that is not a controller method, or a staff
 * member without one of the roles is refused. A staff member who must change their password can
 * reach only their own account.
 */
@Component
public class StaffAccessInterceptor implements HandlerInterceptor {

    static final String CHANGE_PASSWORD_PAGE = "/admin/konto?byt-losenord";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!(handler instanceof HandlerMethod method)) {
            throw new AccessDeniedException("Staff path without a controller method");
        }
        StaffOnly rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), StaffOnly.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), StaffOnly.class);
        }
        if (rule == null) {
            throw new AccessDeniedException("Staff route without @StaffOnly: " + method.getShortLogMessage());
        }
        PortalUser user = CurrentUser.get()
                .filter(PortalUser::isStaff)
                .orElseThrow(() -> new AccessDeniedException("Not signed in as staff"));
        Set<Role> allowed =
                rule.value().length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(rule.value()));
        if (!allowed.isEmpty() && !user.hasAnyRole(allowed)) {
            throw new AccessDeniedException("Missing role for " + method.getShortLogMessage());
        }
        if (user.mustChangePassword() && !method.getBeanType().isAnnotationPresent(AllowedBeforePasswordChange.class)) {
            response.sendRedirect(CHANGE_PASSWORD_PAGE);
            return false;
        }
        return true;
    }
}
