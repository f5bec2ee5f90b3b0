package se.bygdeportalen.platform.identity.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.usecase.Actor;

/**
 * The way back in when every administrator is locked out (someone kept failing their sign-in):
 * start the platform once with {@code --bygdeportalen.admin.unlock=<username>[,<username>]}. Only
 * whoever can start the server can do this; the audit log records it as done by the system.
 */
@Component
class UnlockStaffAtStartup implements ApplicationRunner {

    /** The actor of the audit record: the operator who started the server with the setting. */
    static final Actor OPERATOR = Actor.system("operator at start-up (bygdeportalen.admin.unlock)");

    private static final Logger log = LoggerFactory.getLogger(UnlockStaffAtStartup.class);

    private final StaffAccountRepository accounts;
    private final UnlockStaffAccount unlock;
    private final List<String> usernames;

    UnlockStaffAtStartup(
            StaffAccountRepository accounts,
            UnlockStaffAccount unlock,
            @Value("${bygdeportalen.admin.unlock:}") List<String> usernames) {
        this.accounts = accounts;
        this.unlock = unlock;
        this.usernames =
                usernames.stream().map(String::strip).filter(u -> !u.isEmpty()).toList();
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String username : usernames) {
            accounts.byUsername(username)
                    .ifPresentOrElse(
                            account -> {
                                unlock.unlockStaffAccount(new UnlockStaffAccount.Command(account.id()), OPERATOR);
                                log.warn(
                                        "Unlocked staff account {} at start-up (bygdeportalen.admin.unlock)",
                                        account.id());
                            },
                            () -> log.warn("bygdeportalen.admin.unlock names no existing staff account"));
        }
    }
}
