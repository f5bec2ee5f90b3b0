package se.bygdeportalen.platform.identity;


import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.audit.Changes;
import se.bygdeportalen.platform.security.CurrentUser;

/**
 * An administrator changes a staff member's name, e-mail, roles or whether the account may be used.
 * Losing a role or being disabled ends the person's sessions at once.
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
        StaffAccount before = accounts.byId(id).orElseThrow(se.bygdeportalen.platform.web.NotFoundException::new);
        if (form.normalizedEmail() != null && !errors.hasFieldErrors("email") && accounts.emailTaken(form.normalizedEmail(), id)) {
            errors.rejectValue("email", "staff.form.email.taken");
        }
        if (form.parsedRoles().isEmpty()) {
            errors.rejectValue("roles", "staff.form.roles.required");
        }
        boolean self = CurrentUser.get().map(u -> u.isStaff() && u.id() == id).orElse(false);
        if (self && (!form.isEnabled() || !form.parsedRoles().contains(se.bygdeportalen.platform.security.Role.ADMINISTRATOR))) {
            errors.rejectValue("roles", "staff.form.roles.cannotDemoteSelf");
        }
        if (errors.hasFieldErrors("displayName") || errors.hasFieldErrors("email") || errors.hasFieldErrors("roles")) {
            return false;
        }
        accounts.update(id, form.displayName().strip(), form.normalizedEmail(), form.parsedRoles(), form.isEnabled());
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
            sessions.endAll("staff:" + before.username());
        }
        return true;
    }


}
