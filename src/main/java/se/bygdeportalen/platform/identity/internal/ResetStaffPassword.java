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

/**
 * An administrator gives a staff member a new temporary password, for instance when they forgot
 * theirs. The person must change it at the next sign-in, and their sessions end now.
 */
@Component
public class ResetStaffPassword {

    public record Command(long id, @Nullable String temporaryPassword) {}

    private final StaffAccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final PersonSessions sessions;
    private final AuditLog audit;

    ResetStaffPassword(
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

    /** Invalid at {@code temporaryPassword} when the password breaks a rule. */
    @Transactional
    public Result resetStaffPassword(Command command, Actor actor) {
        StaffAccount account = accounts.byId(command.id()).orElseThrow(Problem::notFound);
        IdentityAccess.MANAGE_STAFF.check(actor, account);
        String password = command.temporaryPassword() == null ? "" : command.temporaryPassword();
        Optional<String> refused = policy.check(password, account.username());
        if (refused.isPresent()) {
            return Result.invalid(
                    "temporaryPassword", refused.get(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        }
        accounts.setPassword(
                account.id(),
                Objects.requireNonNull(encoder.encode(password), "only a null password encodes to null"),
                true);
        audit.record(
                actor,
                PlatformAudit.STAFF_PASSWORD_RESET,
                "staff_account",
                account.id(),
                "Set a temporary password for " + account.username(),
                null,
                Map.of("mustChangePassword", true));
        sessions.endAllAfterCommit("staff:" + account.username(), null);
        return Result.saved(account.id());
    }
}
