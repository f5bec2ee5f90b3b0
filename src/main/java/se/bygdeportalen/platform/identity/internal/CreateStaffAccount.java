package se.bygdeportalen.platform.identity.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.identity.PlatformAudit;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;

/**
 * An administrator creates a staff account with roles and, unless the person only uses single
 * sign-on, a first password they must change at their first sign-in.
 */
@Component
public class CreateStaffAccount {

    /** {@code email} and {@code password} are null when not given; {@code roles} holds only known roles. */
    public record Command(
            String username,
            String displayName,
            @Nullable String email,
            Set<Role> roles,
            @Nullable String password) {
        public Command {
            roles = Set.copyOf(roles);
        }
    }

    private final StaffAccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    CreateStaffAccount(
            StaffAccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Transactional
    public Result createStaffAccount(Command command, Actor actor) {
        IdentityAccess.CREATE_STAFF.check(actor, command);
        String username = command.username().strip().toLowerCase();
        String displayName = command.displayName().strip();
        Violations violations = new Violations();
        if (accounts.usernameTaken(username)) {
            violations.reject("username", "staff.form.username.taken");
        }
        if (command.email() != null && accounts.emailTaken(command.email(), -1)) {
            violations.reject("email", "staff.form.email.taken");
        }
        if (command.roles().isEmpty()) {
            violations.reject("roles", "staff.form.roles.required");
        }
        boolean hasPassword = command.password() != null && !command.password().isEmpty();
        if (hasPassword) {
            policy.check(command.password(), username)
                    .ifPresent(key ->
                            violations.reject("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        } else if (command.email() == null) {
            violations.reject("password", "staff.form.password.requiredWithoutSso");
        }
        if (violations.any()) {
            return violations.invalid();
        }
        Optional<Long> inserted = accounts.insert(
                username,
                displayName,
                command.email(),
                hasPassword ? encoder.encode(command.password()) : null,
                hasPassword,
                command.roles(),
                Lang.DEFAULT);
        if (inserted.isEmpty()) {
            // Taken by a concurrent request after our checks.
            boolean usernameTaken = accounts.usernameTaken(username);
            return Result.invalid(
                    usernameTaken ? "username" : "email",
                    usernameTaken ? "staff.form.username.taken" : "staff.form.email.taken");
        }
        long id = inserted.get();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("username", username);
        after.put("displayName", displayName);
        after.put("email", command.email());
        after.put("roles", command.roles().stream().map(Enum::name).sorted().toList());
        after.put("password", hasPassword ? "set, must be changed" : "none (single sign-on)");
        audit.recordCreate(
                actor,
                PlatformAudit.STAFF_ACCOUNT_CREATED,
                "staff_account",
                id,
                "Created staff account " + username,
                after);
        return Result.saved(id);
    }
}
