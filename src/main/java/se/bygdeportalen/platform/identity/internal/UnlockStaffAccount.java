package se.bygdeportalen.platform.identity.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.identity.PlatformAudit;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;

/**
 * An administrator lifts the lock that repeated failed sign-ins put on an account; so does the
 * operator at start-up, as the system (see {@link UnlockStaffAtStartup}).
 */
@Component
public class UnlockStaffAccount {

    public record Command(long id) {}

    private final StaffAccountRepository accounts;
    private final AuditLog audit;

    UnlockStaffAccount(StaffAccountRepository accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional
    public Result unlockStaffAccount(Command command, Actor actor) {
        StaffAccount account = accounts.byIdForUpdate(command.id()).orElseThrow(Problem::notFound);
        IdentityAccess.MANAGE_STAFF.check(actor, account);
        accounts.unlock(account.id());
        audit.record(
                actor,
                PlatformAudit.STAFF_ACCOUNT_UNLOCKED,
                "staff_account",
                account.id(),
                "Unlocked " + account.username(),
                Map.of("lockedUntil", String.valueOf(account.lockedUntil()), "failedLogins", account.failedLogins()),
                Map.of("lockedUntil", "none", "failedLogins", 0));
        return Result.saved(account.id());
    }
}
