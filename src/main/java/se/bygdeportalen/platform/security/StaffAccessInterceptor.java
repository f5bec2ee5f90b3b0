package se.bygdeportalen.platform.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import se.bygdeportalen.platform.web.LangResolution;

/**
 * Enforces {@link StaffOnly} on every handler under {@code /admin}: a handler without it, or a
 * staff member without one of its roles, is refused. A staff member who must change their password
 * can reach nothing else.
 */
@Component
public class StaffAccessInterceptor implements HandlerInterceptor {

    static final String CHANGE_PASSWORD_PAGE = "/admin/konto";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        String path = request.getRequestURI();
        if (!LangResolution.isStaffArea(path) || path.equals("/admin/login") || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        StaffOnly rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), StaffOnly.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), StaffOnly.class);
        }
        if (rule == null) {
            throw new AccessDeniedException("Staff route without @StaffOnly: " + method.getShortLogMessage());
        }
        PortalUser user = CurrentUser.get().filter(PortalUser::isStaff)
                .orElseThrow(() -> new AccessDeniedException("Not signed in as staff"));
        Set<Role> allowed = rule.value().length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(rule.value()));
        if (!allowed.isEmpty() && !user.hasAnyRole(allowed)) {
            throw new AccessDeniedException("Missing role for " + path);
        }
        if (user.mustChangePassword() && !path.startsWith(CHANGE_PASSWORD_PAGE)) {
            response.sendRedirect(CHANGE_PASSWORD_PAGE + "?byt-losenord");
            return false;
        }
        return true;
    }
}
