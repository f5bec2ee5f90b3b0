package se.bygdeportalen.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Forms name their fields {@code name} or {@code name[key]}. Other names ({@code a[b][c]}, {@code a[},
 * {@code a.b}) make Spring's data binder throw before our code runs, which would be a 500; they
 * are a 400 instead. So is a NUL character in any value, which PostgreSQL refuses to store.
 * Runs after multipart resolution, so uploads are not parsed early.
 */
@Component
class ParameterNameInterceptor implements HandlerInterceptor {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+(\\[[A-Za-z0-9_-]+])?");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR) {
            // Checked on the original dispatch; reading parameters again could re-read a refused upload.
            return true;
        }
        for (String name : Collections.list(request.getParameterNames())) {
            if (!NAME.matcher(name).matches()) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unreadable parameter name");
            }
            for (String value : request.getParameterValues(name)) {
                if (value != null && value.indexOf('\u0000') >= 0) {
                    throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "NUL character in a parameter");
                }
            }
        }
        return true;
    }
}
