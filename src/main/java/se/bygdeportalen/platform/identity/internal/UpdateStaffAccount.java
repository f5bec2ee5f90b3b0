package se.bygdeportalen.platform.identity.internal;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.audit.Changes;
import se.bygdeportalen.platform.identity.PlatformAudit;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;

/**
 * An administrator changes a staff member's name, e-mail, roles or whether the account may be used.
 * Losing a role or being disabled ends the person's sessions once the change is committed. The
 * platform never loses its last enabled administrator, and an administrator cannot lock themself out.
 */
@Component
public class UpdateStaffAccount {

    /** {@code email} is null when not given; {@code roles} holds only known roles. */
    public record Command(
            long id, String displayName, @Nullable String email, Set<Role> roles, boolean enabled) {
        public Command {
            roles = Set.copyOf(roles);
        }
    }

    private final StaffAccountRepository accounts;
    private final PersonSessions sessions;
    private final AuditLog audit;

    UpdateStaffAccount(StaffAccountRepository accounts, PersonSessions sessions, AuditLog audit) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
    }

    @Transactional
    public Result updateStaffAccount(Command command, Actor actor) {
        long id = command.id();
        StaffAccount before = accounts.byIdForUpdate(id).orElseThrow(Problem::notFound);
        IdentityAccess.MANAGE_STAFF.check(actor, before);
        String displayName = command.displayName().strip();
        Violations violations = new Violations();
        if (command.email() != null && accounts.emailTaken(command.email(), id)) {
            violations.reject("email", "staff.form.email.taken");
        }
        if (command.roles().isEmpty()) {
            violations.reject("roles", "staff.form.roles.required");
        }
        boolean self = actor instanceof Actor.Staff s && s.id() == id;
        if (self && !command.enabled()) {
            violations.reject("enabled", "staff.form.enabled.cannotDisableSelf");
        }
        if (self && !command.roles().contains(Role.ADMINISTRATOR) && !violations.has("roles")) {
            violations.reject("roles", "staff.form.roles.cannotDemoteSelf");
        }
        boolean wasAdministrator = before.enabled() && before.roles().contains(Role.ADMINISTRATOR);
        boolean staysAdministrator = command.enabled() && command.roles().contains(Role.ADMINISTRATOR);
        if (wasAdministrator
                && !staysAdministrator
                && !violations.has("roles")
                && accounts.lockEnabledAdministrators() <= 1) {
            violations.reject("roles", "staff.form.roles.lastAdministrator");
        }
        if (violations.any()) {
            return violations.invalid();
        }
        try {
            accounts.update(id, displayName, command.email(), command.roles(), command.enabled());
        } catch (DataIntegrityViolationException raced) {
            // Another administrator took the e-mail address between our check and our write.
            throw Problem.conflict("staff.form.email.taken");
        }
        Changes changes = new Changes()
                .field("displayName", before.displayName(), displayName)
                .field("email", before.email(), command.email())
                .field(
                        "roles",
                        before.roles().stream().map(Enum::name).sorted().toList(),
                        command.roles().stream().map(Enum::name).sorted().toList())
                .field("enabled", before.enabled(), command.enabled());
        if (changes.any()) {
            audit.record(
                    actor,
                    PlatformAudit.STAFF_ACCOUNT_UPDATED,
                    "staff_account",
                    id,
                    "Changed staff account " + before.username() + ": " + String.join(", ", changes.names()),
                    changes.before(),
                    changes.after());
        }
        boolean lostAccess = !command.enabled() || !command.roles().containsAll(before.roles());
        if (lostAccess) {
            sessions.endAllAfterCommit("staff:" + before.username(), null);
        }
        return Result.saved(id);
    }
}
