package se.bygdeportalen.platform.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A {@code limit} or {@code cursor} that cannot be used: a 400 problem naming the parameter, never a
 * 500. Rendered as {@code application/problem+json} by {@link ApiProblemAdvice}.
 */
public class InvalidPageRequestException extends ErrorResponseException {

    private final String parameter;

    public InvalidPageRequestException(String parameter, String detail) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, detail), null);
        this.parameter = parameter;
    }

    /** The query parameter at fault: {@code limit} or {@code cursor}. */
    public String parameter() {
        return parameter;
    }

    private static ProblemDetail problem(String parameter, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Bad request");
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
