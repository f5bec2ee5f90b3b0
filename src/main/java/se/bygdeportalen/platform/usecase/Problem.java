package se.bygdeportalen.platform.usecase;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * A refusal that is not about a form field: not found, not yours, closed, too late, already done.
 * Thrown anywhere (use case or controller) and rendered by one advice as the localized problem page,
 * or as {@code application/problem+json} under {@code /api/}. {@code messageKey} explains it in the
 * visitor's language; {@code backPath} (after the language prefix, or under {@code /admin}) and
 * {@code backKey} give the way on. No stack trace is captured: a problem is an expected answer.
 */
public class Problem extends RuntimeException {

    private final HttpStatus status;
    private final @Nullable String messageKey;
    private final List<Object> args;
    private final @Nullable String backPath;
    private final @Nullable String backKey;

    public Problem(HttpStatus status, String messageKey, Object... args) {
        this(status, messageKey, List.of(args), null, null);
    }

    private Problem(
            HttpStatus status,
            @Nullable String messageKey,
            List<Object> args,
            @Nullable String backPath,
            @Nullable String backKey) {
        super(status.value() + " " + messageKey, null, false, false);
        if (!status.isError()) {
            throw new IllegalArgumentException("A problem has an error status: " + status);
        }
        this.status = status;
        this.messageKey = messageKey;
        this.args = List.copyOf(args);
        this.backPath = backPath;
        this.backKey = backKey;
    }

    /** The record does not exist, or this actor may not know that it does. */
    public static Problem notFound() {
        return new Problem(HttpStatus.NOT_FOUND, null, List.of(), null, null);
    }

    public static Problem forbidden(String messageKey, Object... args) {
        return new Problem(HttpStatus.FORBIDDEN, messageKey, args);
    }

    /** The record's state does not allow it (closed, already sent, already supported). */
    public static Problem conflict(String messageKey, Object... args) {
        return new Problem(HttpStatus.CONFLICT, messageKey, args);
    }

    /** A link that no longer works (expired, used). */
    public static Problem gone(String messageKey, Object... args) {
        return new Problem(HttpStatus.GONE, messageKey, args);
    }

    public static Problem badRequest(String messageKey, Object... args) {
        return new Problem(HttpStatus.BAD_REQUEST, messageKey, args);
    }

    public static Problem signInNeeded(String messageKey) {
        return new Problem(HttpStatus.UNAUTHORIZED, messageKey);
    }

    public static Problem tooMany(String messageKey, Object... args) {
        return new Problem(HttpStatus.TOO_MANY_REQUESTS, messageKey, args);
    }

    /** The same problem with a link onwards, e.g. back to the list it came from. */
    public Problem withBack(String path, String labelKey) {
        return new Problem(status, messageKey, args, path, labelKey);
    }

    public HttpStatus status() {
        return status;
    }

    /** The explanation's message key, or null for the status's general text. */
    public @Nullable String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }

    public @Nullable String backPath() {
        return backPath;
    }

    public @Nullable String backKey() {
        return backKey;
    }
}
