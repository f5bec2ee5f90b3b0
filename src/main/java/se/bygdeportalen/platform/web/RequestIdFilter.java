package se.bygdeportalen.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id of our own, in the logs (MDC {@code requestId}), in the response header
 * {@code X-Request-Id}, in audit records and on error pages, so a resident's report can be matched
 * to the log. An error page keeps the id of the request that failed. An id sent by a proxy is logged
 * beside ours ({@code upstreamRequestId}) when it looks like one, but never adopted: the audit log
 * must not carry ids a client chose.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Object existing = request.getAttribute(RequestAttributes.REQUEST_ID);
        String id = existing instanceof String known ? known : UUID.randomUUID().toString();
        request.setAttribute(RequestAttributes.REQUEST_ID, id);
        response.setHeader(HEADER, id);
        MDC.put("requestId", id);
        String upstream = request.getHeader(HEADER);
        if (upstream != null && SAFE.matcher(upstream).matches()) {
            MDC.put("upstreamRequestId", upstream);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("requestId");
            MDC.remove("upstreamRequestId");
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
