package se.bygdeportalen.platform.usecase;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a use case did, the one result type of every use case: {@link Saved} with the record's id,
 * {@link Invalid} with field errors (nothing saved), or {@link NeedsConfirmation} with warnings the
 * person may override with a reason (nothing saved). Problems that are not about a field (not found,
 * not yours, closed, too late) are thrown as a {@link Problem}.
 */
public sealed interface Result {

    /** Saved; {@code token} is for the next page of a flow without sign-in (else null). */
    record Saved(long id, @Nullable String token) implements Result {}

    /** Refused for bad input. {@code status} is 400, or what a file rule says (413, 415, 422). */
    record Invalid(int status, List<Violation> violations) implements Result {
        public Invalid {
            violations = List.copyOf(violations);
            if (status < 400 || status > 499) {
                throw new IllegalArgumentException("Invalid input is a 4xx: " + status);
            }
        }
    }

    /** Stopped at warnings; the person confirms with a reason and the use case runs again. */
    record NeedsConfirmation(List<Warning> warnings) implements Result {
        public NeedsConfirmation {
            warnings = List.copyOf(warnings);
            if (warnings.isEmpty()) {
                throw new IllegalArgumentException("A confirmation needs at least one warning");
            }
        }
    }

    static Saved saved(long id) {
        return new Saved(id, null);
    }

    static Saved saved(long id, String token) {
        return new Saved(id, token);
    }

    /** Invalid with status 400. Rolls back the current transaction, so nothing is half-saved. */
    static Invalid invalid(List<Violation> violations) {
        return invalid(400, violations);
    }

    static Invalid invalid(int status, List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("An invalid result needs at least one violation");
        }
        rollback();
        return new Invalid(status, violations);
    }

    /** A single field error, status 400. */
    static Invalid invalid(String field, String code, Object... args) {
        return new Violations().reject(field, code, args).invalid();
    }

    static NeedsConfirmation confirm(List<Warning> warnings) {
        rollback();
        return new NeedsConfirmation(warnings);
    }

    default boolean isSaved() {
        return this instanceof Saved;
    }

    /** The saved record's id; fails for any other result. */
    default long id() {
        if (this instanceof Saved s) {
            return s.id();
        }
        throw new IllegalStateException("Not saved: " + this);
    }

    private static void rollback() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
    }
}
