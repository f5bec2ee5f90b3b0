package se.bygdeportalen.platform.identity;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.bygdeportalen.platform.audit.AuditLog;

/**
 * The way back in when every administrator is locked out (someone kept failing their sign-in):
 * start the platform once with {@code --bygdeportalen.admin.unlock=<username>[,<username>]}. Only
 * whoever can start the server can do this; the audit log records it as done by the system.
 */
@Component
class UnlockStaffAtStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(UnlockStaffAtStartup.class);

    private final StaffAccountRepository accounts;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final List<String> usernames;

    UnlockStaffAtStartup(StaffAccountRepository accounts, AuditLog audit, TransactionTemplate tx,
                         @Value("${bygdeportalen.admin.unlock:}") List<String> usernames) {
        this.accounts = accounts;
        this.audit = audit;
        this.tx = tx;
        this.usernames = usernames.stream().map(String::strip).filter(u -> !u.isEmpty()).toList();
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String username : usernames) {
            tx.executeWithoutResult(status -> accounts.byUsernameForUpdate(username).ifPresentOrElse(account -> {
                accounts.unlock(account.id());
                audit.record("staff.account.unlocked", "staff_account", account.id(), "Unlocked " + account.username() + " at start-up by the operator",
                        Map.of("lockedUntil", String.valueOf(account.lockedUntil()), "failedLogins", account.failedLogins()),
                        Map.of("lockedUntil", "none", "failedLogins", 0));
                log.warn("Unlocked staff account {} at start-up (bygdeportalen.admin.unlock)", account.id());
            }, () -> log.warn("bygdeportalen.admin.unlock names no existing staff account")));
        }
    }
}
