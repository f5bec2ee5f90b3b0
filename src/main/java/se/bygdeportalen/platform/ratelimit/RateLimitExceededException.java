package se.bygdeportalen.platform.ratelimit;

import java.io.Serial;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A refused attempt, thrown by {@link RateLimiter#enforce}. Spring MVC answers it with 429 Too Many
 * Requests, the {@code Retry-After} header and the site's error page.
 */
public class RateLimitExceededException extends ResponseStatusException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient RateLimiter.Decision decision;

    public RateLimitExceededException(RateLimiter.Decision decision) {
        super(HttpStatus.TOO_MANY_REQUESTS, "Rate limit " + decision.policy().name() + " reached");
        this.decision = decision;
    }

    public RateLimiter.Decision decision() {
        return decision;
    }

    @Override
    public HttpHeaders getHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
        return headers;
    }
}
