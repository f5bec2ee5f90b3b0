package se.bygdeportalen.platform.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.i18n.Lang;

/**
 * An administrator creates a staff account with roles and, unless the person only uses single
 * sign-on, a first password they must change at their first sign-in.
 */
@Component
class CreateStaffAccount {

    private final StaffAccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    CreateStaffAccount(StaffAccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** Returns the new id, or -1 with the reasons in {@code errors}. */
    @Transactional
    long create(StaffAccountForm form, Errors errors) {
        String username = form.username() == null ? "" : form.username().strip().toLowerCase();
        if (!errors.hasFieldErrors("username") && accounts.usernameTaken(username)) {
            errors.rejectValue("username", "staff.form.username.taken");
        }
        if (form.normalizedEmail() != null && !errors.hasFieldErrors("email") && accounts.emailTaken(form.normalizedEmail(), -1)) {
            errors.rejectValue("email", "staff.form.email.taken");
        }
        if (form.parsedRoles().isEmpty()) {
            errors.rejectValue("roles", "staff.form.roles.required");
        }
        boolean hasPassword = form.password() != null && !form.password().isEmpty();
        if (hasPassword) {
            policy.check(form.password(), username).ifPresent(key -> errors.rejectValue("password", key,
                    new Object[]{PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH}, null));
        } else if (form.normalizedEmail() == null) {
            errors.rejectValue("password", "staff.form.password.requiredWithoutSso");
        }
        if (errors.hasErrors()) {
            return -1;
        }
        java.util.Optional<Long> inserted = accounts.insert(username, form.displayName().strip(), form.normalizedEmail(),
                hasPassword ? encoder.encode(form.password()) : null, hasPassword, form.parsedRoles(), Lang.DEFAULT);
        if (inserted.isEmpty()) {
            // Taken by a concurrent request after our checks.
            boolean usernameTaken = accounts.usernameTaken(username);
            errors.rejectValue(usernameTaken ? "username" : "email", usernameTaken ? "staff.form.username.taken" : "staff.form.email.taken");
            return -1;
        }
        long id = inserted.get();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("username", username);
        after.put("displayName", form.displayName().strip());
        after.put("email", form.normalizedEmail());
        after.put("roles", form.parsedRoles().stream().map(Enum::name).sorted().toList());
        after.put("password", hasPassword ? "set, must be changed" : "none (single sign-on)");
        audit.recordCreate("staff.account.created", "staff_account", id, "Created staff account " + username, after);
        return id;
    }
}
