package se.bygdeportalen.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the limit gets the 413 page. Without this, Spring answers with a bare
 * {@code sendError(413)}, and the error dispatch that should render the page tries to parse the
 * same oversized multipart body again, fails again, and the visitor gets an empty response.
 * Exposing the exception as the error exception tells the DispatcherServlet not to parse again
 * and tells {@link ErrorPages} which page to show.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UploadTooLargeResolver implements HandlerExceptionResolver {

    @Override
    public @Nullable ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception ex) {
        if (!(ex instanceof MaxUploadSizeExceededException)) {
            return null;
        }
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, ex);
        try {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }
}
