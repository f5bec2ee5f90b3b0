package se.bygdeportalen.platform.identity;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.audit.Changes;
import se.bygdeportalen.platform.security.CurrentUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Problem;

/**
 * An administrator changes a staff member's name, e-mail, roles or whether the account may be used.
 * Losing a role or being disabled ends the person's sessions once the change is committed. The
 * platform never loses its last enabled administrator.
 */
@Component
class UpdateStaffAccount {

    private final StaffAccountRepository accounts;
    private final StaffSessions sessions;
    private final AuditLog audit;

    UpdateStaffAccount(StaffAccountRepository accounts, StaffSessions sessions, AuditLog audit) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
    }

    @Transactional
    boolean update(long id, StaffAccountForm form, Errors errors) {
        StaffAccount before = accounts.byIdForUpdate(id).orElseThrow(Problem::notFound);
        if (form.normalizedEmail() != null && !errors.hasFieldErrors("email") && accounts.emailTaken(form.normalizedEmail(), id)) {
            errors.rejectValue("email", "staff.form.email.taken");
        }
        if (form.parsedRoles().isEmpty()) {
            errors.rejectValue("roles", "staff.form.roles.required");
        }
        boolean self = CurrentUser.get().map(u -> u.isStaff() && u.id() == id).orElse(false);
        if (self && !form.isEnabled()) {
            errors.rejectValue("enabled", "staff.form.enabled.cannotDisableSelf");
        }
        if (self && !form.parsedRoles().contains(Role.ADMINISTRATOR)) {
            errors.rejectValue("roles", "staff.form.roles.cannotDemoteSelf");
        }
        boolean wasAdministrator = before.enabled() && before.roles().contains(Role.ADMINISTRATOR);
        boolean staysAdministrator = form.isEnabled() && form.parsedRoles().contains(Role.ADMINISTRATOR);
        if (wasAdministrator && !staysAdministrator && accounts.lockEnabledAdministrators() <= 1) {
            errors.rejectValue("roles", "staff.form.roles.lastAdministrator");
        }
        if (errors.hasFieldErrors("displayName") || errors.hasFieldErrors("email") || errors.hasFieldErrors("roles")
                || errors.hasFieldErrors("enabled")) {
            return false;
        }
        try {
            accounts.update(id, form.displayName().strip(), form.normalizedEmail(), form.parsedRoles(), form.isEnabled());
        } catch (DataIntegrityViolationException raced) {
            // Another administrator took the e-mail address between our check and our write.
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        Changes changes = new Changes()
                .field("displayName", before.displayName(), form.displayName().strip())
                .field("email", before.email(), form.normalizedEmail())
                .field("roles", before.roles().stream().map(Enum::name).sorted().toList(), form.parsedRoles().stream().map(Enum::name).sorted().toList())
                .field("enabled", before.enabled(), form.isEnabled());
        if (changes.any()) {
            audit.record("staff.account.updated", "staff_account", id,
                    "Changed staff account " + before.username() + ": " + String.join(", ", changes.names()), changes.before(), changes.after());
        }
        boolean lostAccess = !form.isEnabled() || !form.parsedRoles().containsAll(before.roles());
        if (lostAccess) {
            sessions.endAllAfterCommit("staff:" + before.username(), null);
        }
        return true;
    }
}
