package se.bygdeportalen.platform.identity.internal;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.identity.PlatformAudit;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;

/** A staff member changes their own password; their other sessions end. */
@Component
public class ChangeOwnPassword {

    /** {@code keepSessionId} is the session the person is using, which stays signed in (may be null). */
    public record Command(
            @Nullable String currentPassword,
            @Nullable String newPassword,
            @Nullable String repeatPassword,
            @Nullable String keepSessionId) {}

    private final StaffAccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final PersonSessions sessions;
    private final AuditLog audit;

    ChangeOwnPassword(
            StaffAccountRepository accounts,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            PersonSessions sessions,
            AuditLog audit) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** Invalid at the field of the first problem; only the staff member themself may change it. */
    @Transactional
    public Result changeOwnPassword(Command command, Actor actor) {
        if (!(actor instanceof Actor.Staff staff)) {
            throw Problem.notFound();
        }
        StaffAccount account = accounts.byIdForUpdate(staff.id()).orElseThrow(Problem::notFound);
        IdentityAccess.OWN_ACCOUNT.check(actor, account);
        if (!account.hasPassword()) {
            // Single sign-on only: a local password would outlive the account at the identity provider
            // and skip its second factor. Only an administrator may give such an account a password.
            return Result.invalid("newPassword", "account.password.ssoOnly");
        }
        String current = command.currentPassword();
        String next = command.newPassword() == null ? "" : command.newPassword();
        if (current == null || !encoder.matches(current, account.passwordHash())) {
            return Result.invalid("currentPassword", "account.password.currentWrong");
        }
        Optional<String> refused = policy.check(next, account.username());
        if (refused.isPresent()) {
            return Result.invalid("newPassword", refused.get(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        }
        if (!next.equals(command.repeatPassword())) {
            return Result.invalid("repeatPassword", "account.password.mismatch");
        }
        if (encoder.matches(next, account.passwordHash())) {
            return Result.invalid("newPassword", "account.password.same");
        }
        accounts.setPassword(
                account.id(),
                Objects.requireNonNull(encoder.encode(next), "only a null password encodes to null"),
                false);
        audit.record(
                actor,
                PlatformAudit.STAFF_PASSWORD_CHANGED,
                "staff_account",
                account.id(),
                account.username() + " changed their password",
                null,
                Map.of("mustChangePassword", false));
        sessions.endAllAfterCommit("staff:" + account.username(), command.keepSessionId());
        return Result.saved(account.id());
    }
}
