package se.bygdeportalen.platform.api;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns a bad paging parameter into {@code application/problem+json} (RFC 9457) with the reason, for
 * every JSON API. Open to every origin like the APIs themselves, so browser clients can read the reason.
 */
@RestControllerAdvice
class ApiProblemAdvice {

    @ExceptionHandler(InvalidPageRequestException.class)
    ResponseEntity<ProblemDetail> invalidPageRequest(InvalidPageRequestException e) {
        return ResponseEntity.status(e.getStatusCode())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(e.getBody());
    }
}
