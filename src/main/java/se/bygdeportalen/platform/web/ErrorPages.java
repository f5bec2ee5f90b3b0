package se.bygdeportalen.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Error pages in the site's layout and the visitor's language, never with a stack trace. The
 * request id on the page lets staff find the log entry. API clients get a JSON problem instead.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    /**
     * One mapping for every client: the API and clients that ask only for JSON get a problem, everyone
     * else (browsers, and curl or link checkers sending {@code Accept: *}{@code /*}) the page.
     */
    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = status(request);
        logIfServerError(request, status);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "/error" : uri.toString();
        if (ProblemAdvice.wantsJson(path, request.getHeader("Accept"))) {
            HttpStatus http = HttpStatus.resolve(status);
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Map.of(
                            "status",
                            status,
                            "title",
                            http == null ? "Error" : http.getReasonPhrase(),
                            "requestId",
                            String.valueOf(request.getAttribute(RequestAttributes.REQUEST_ID))));
        }
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("kind", kind(status));
        model.addAttribute("requestId", String.valueOf(request.getAttribute(RequestAttributes.REQUEST_ID)));
        return "error/error";
    }

    /** The failed request's status; {@code /error} asked for directly is a page that does not exist. */
    private static int status(HttpServletRequest request) {
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (exception instanceof MaxUploadSizeExceededException
                || (exception instanceof Throwable t && t.getCause() instanceof MaxUploadSizeExceededException)) {
            return HttpStatus.CONTENT_TOO_LARGE.value();
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null && request.getDispatcherType() != jakarta.servlet.DispatcherType.ERROR) {
            return HttpStatus.NOT_FOUND.value();
        }
        return code instanceof Integer i ? i : 500;
    }

    /** Which text to show: the common statuses have their own, everything else a general one. */
    static String kind(int status) {
        return switch (status) {
            case 400, 403, 404, 405, 413, 429 -> String.valueOf(status);
            default -> status >= 500 ? "500" : "400";
        };
    }

    private static void logIfServerError(HttpServletRequest request, int status) {
        if (status >= 500) {
            Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            log.error(
                    "Error page {} for {}",
                    status,
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    exception instanceof Throwable t ? t : null);
        }
    }
}
