package se.bygdeportalen.platform.identity;

import java.util.Map;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.usecase.Problem;

/** A staff member changes their own password; their other sessions end. */
@Component
class ChangeOwnPassword {

    private final StaffAccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final StaffSessions sessions;
    private final AuditLog audit;

    ChangeOwnPassword(StaffAccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder, StaffSessions sessions, AuditLog audit) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** The field and message key of the first problem, or empty when the password was changed. */
    @Transactional
    Optional<Map.Entry<String, String>> change(PortalUser user, String current, String next, String repeat, String keepSessionId) {
        StaffAccount account = accounts.byIdForUpdate(user.id()).orElseThrow(Problem::notFound);
        if (!account.hasPassword()) {
            // Single sign-on only: a local password would outlive the account at the identity provider
            // and skip its second factor. Only an administrator may give such an account a password.
            return Optional.of(Map.entry("newPassword", "account.password.ssoOnly"));
        }
        if (current == null || !encoder.matches(current, account.passwordHash())) {
            return Optional.of(Map.entry("currentPassword", "account.password.currentWrong"));
        }
        Optional<String> refused = policy.check(next, account.username());
        if (refused.isPresent()) {
            return Optional.of(Map.entry("newPassword", refused.get()));
        }
        if (!next.equals(repeat)) {
            return Optional.of(Map.entry("repeatPassword", "account.password.mismatch"));
        }
        if (encoder.matches(next, account.passwordHash())) {
            return Optional.of(Map.entry("newPassword", "account.password.same"));
        }
        accounts.setPassword(account.id(), encoder.encode(next), false);
        audit.record("staff.account.password-changed", "staff_account", account.id(), account.username() + " changed their password",
                null, Map.of("mustChangePassword", false));
        sessions.endAllAfterCommit(user.getName(), keepSessionId);
        return Optional.empty();
    }
}
