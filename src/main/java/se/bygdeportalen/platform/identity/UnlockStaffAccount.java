package se.bygdeportalen.platform.identity;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.usecase.Problem;

/** An administrator lifts the lock that repeated failed sign-ins put on an account. */
@Component
class UnlockStaffAccount {

    private final StaffAccountRepository accounts;
    private final AuditLog audit;

    UnlockStaffAccount(StaffAccountRepository accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional
    void unlock(long id) {
        StaffAccount account = accounts.byId(id).orElseThrow(Problem::notFound);
        accounts.unlock(id);
        audit.record("staff.account.unlocked", "staff_account", id, "Unlocked " + account.username(),
                Map.of("lockedUntil", String.valueOf(account.lockedUntil()), "failedLogins", account.failedLogins()),
                Map.of("lockedUntil", "none", "failedLogins", 0));
    }
}
