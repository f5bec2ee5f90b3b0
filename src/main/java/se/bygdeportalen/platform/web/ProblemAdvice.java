package se.bygdeportalen.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.usecase.Problem;

/**
 * Renders every {@link Problem}, from any module, one way: the localized problem page in the site's
 * layout (staff area or public), or {@code application/problem+json} for the API and for clients that
 * ask for JSON only. Modules add no exception advice of their own.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemAdvice {

    private final WebContextAdvice.WebContextFactory contexts;
    private final Messages messages;

    ProblemAdvice(WebContextAdvice.WebContextFactory contexts, Messages messages) {
        this.contexts = contexts;
        this.messages = messages;
    }

    @ExceptionHandler(Problem.class)
    Object problem(Problem problem, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(problem.status().value());
        String path = LangResolution.originalPath(request);
        if (wantsJson(path, request.getHeader("Accept"))) {
            return json(problem, request);
        }
        WebContext ctx = contexts.create(request);
        Map<String, @Nullable Object> model = new LinkedHashMap<>();
        model.put("ctx", ctx);
        model.put("status", problem.status().value());
        model.put("kind", kind(problem.status().value()));
        model.put(
                "message",
                problem.messageKey() == null
                        ? null
                        : ctx.t(problem.messageKey(), problem.args().toArray()));
        model.put("backHref", backHref(problem, ctx));
        model.put("backLabel", problem.backKey() == null ? null : ctx.t(problem.backKey()));
        model.put("requestId", String.valueOf(request.getAttribute(RequestAttributes.REQUEST_ID)));
        return new ModelAndView("error/problem", model, problem.status());
    }

    private ResponseEntity<ProblemDetail> json(Problem problem, HttpServletRequest request) {
        Lang lang = LangResolution.resolve(request);
        ProblemDetail detail = ProblemDetail.forStatus(problem.status());
        detail.setTitle(messages.get(lang, "error." + kind(problem.status().value()) + ".title"));
        if (problem.messageKey() != null) {
            detail.setDetail(
                    messages.get(lang, problem.messageKey(), problem.args().toArray()));
            detail.setProperty("code", problem.messageKey());
        }
        detail.setInstance(URI.create(LangResolution.originalPath(request)));
        detail.setProperty("requestId", String.valueOf(request.getAttribute(RequestAttributes.REQUEST_ID)));
        return ResponseEntity.status(problem.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(detail);
    }

    /** The API always answers JSON; pages answer HTML unless the client asks for JSON and not HTML. */
    static boolean wantsJson(String path, @Nullable String accept) {
        if (path.startsWith("/api/")) {
            return true;
        }
        if (accept == null) {
            return false;
        }
        String a = accept.toLowerCase();
        return (a.contains("application/json") || a.contains("application/problem+json")) && !a.contains("text/html");
    }

    private static @Nullable String backHref(Problem problem, WebContext ctx) {
        if (problem.backPath() == null) {
            return null;
        }
        return problem.backPath().startsWith("/admin") ? problem.backPath() : ctx.url(problem.backPath());
    }

    /** Which general title to show; statuses without their own text share the 400 one. */
    static String kind(int status) {
        return switch (status) {
            case 400, 401, 403, 404, 405, 409, 410, 413, 429 -> String.valueOf(status);
            default -> status >= 500 ? "500" : "400";
        };
    }
}
