package se.bygdeportalen.platform.identity;

import java.util.Map;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.usecase.Problem;

/**
 * An administrator gives a staff member a new temporary password, for instance when they forgot
 * theirs. The person must change it at the next sign-in, and their sessions end now.
 */
@Component
class ResetStaffPassword {

    private final StaffAccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final StaffSessions sessions;
    private final AuditLog audit;

    ResetStaffPassword(StaffAccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder, StaffSessions sessions, AuditLog audit) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** Returns the message key of a broken password rule, or empty when the password was set. */
    @Transactional
    Optional<String> reset(long id, String temporaryPassword) {
        StaffAccount account = accounts.byId(id).orElseThrow(Problem::notFound);
        Optional<String> refused = policy.check(temporaryPassword, account.username());
        if (refused.isPresent()) {
            return refused;
        }
        accounts.setPassword(id, encoder.encode(temporaryPassword), true);
        audit.record("staff.account.password-reset", "staff_account", id, "Set a temporary password for " + account.username(),
                null, Map.of("mustChangePassword", true));
        sessions.endAllAfterCommit("staff:" + account.username(), null);
        return Optional.empty();
    }
}
