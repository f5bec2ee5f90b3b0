package se.bygdeportalen.platform.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.bygdeportalen.platform.security.PortalAuthentication;
import se.bygdeportalen.platform.security.PortalUser;

/**
 * Staff sign-in with username and password. Consecutive failures lock the account for a while;
 * every failure, whatever its cause, gives the same answer so nobody can probe which accounts exist.
 */
@Component
class StaffPasswordAuthentication implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(StaffPasswordAuthentication.class);

    private final StaffAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;
    private final String dummyHash;

    StaffPasswordAuthentication(
            StaffAccountRepository accounts,
            PasswordEncoder encoder,
            TransactionTemplate tx,
            Clock clock,
            @Value("${bygdeportalen.security.login.max-failures:5}") int maxFailures,
            @Value("${bygdeportalen.security.login.lock-duration:15m}") Duration lockDuration) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.tx = tx;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
        this.dummyHash = Objects.requireNonNull(
                encoder.encode("timing-equaliser-" + System.nanoTime()), "only a null password encodes to null");
    }

    private sealed interface Outcome permits Success, Failure {}

    private record Success(PortalUser user) implements Outcome {}

    private record Failure(String reason) implements Outcome {}

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null
                ? ""
                : authentication.getName().strip().toLowerCase();
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        Outcome outcome = tx.execute(status -> attempt(username, password));
        if (outcome instanceof Success success) {
            return new PortalAuthentication(success.user());
        }
        throw new BadCredentialsException(((Failure) outcome).reason());
    }

    private Outcome attempt(String username, String password) {
        Instant now = clock.instant();
        Optional<StaffAccount> found = username.isEmpty() ? Optional.empty() : accounts.byUsernameForUpdate(username);
        if (found.isEmpty() || !found.get().enabled() || !found.get().hasPassword()) {
            encoder.matches(password, dummyHash);
            log.info(
                    "Staff sign-in refused: {}",
                    found.isEmpty()
                            ? "no such account"
                            : "account " + found.get().id() + " cannot use a password");
            return new Failure("unknown");
        }
        StaffAccount account = found.get();
        if (account.lockedAt(now)) {
            encoder.matches(password, dummyHash);
            log.warn("Staff sign-in refused: account {} is locked", account.id());
            return new Failure("locked");
        }
        if (!encoder.matches(password, account.passwordHash())) {
            int failures = account.failedLogins() + 1;
            boolean lock = failures >= maxFailures;
            accounts.recordFailure(account.id(), lock ? 0 : failures, lock ? now.plus(lockDuration) : null);
            log.warn(
                    "Staff sign-in failed for account {} ({} in a row){}",
                    account.id(),
                    failures,
                    lock ? "; account locked" : "");
            return new Failure("password");
        }
        accounts.recordSuccess(account.id(), now);
        if (encoder.upgradeEncoding(account.passwordHash())) {
            accounts.setPassword(
                    account.id(),
                    Objects.requireNonNull(encoder.encode(password), "only a null password encodes to null"),
                    account.mustChangePassword());
        }
        log.info("Staff sign-in succeeded for account {}", account.id());
        return new Success(PortalUser.staff(
                account.id(),
                account.username(),
                account.displayName(),
                account.roles(),
                account.uiLanguage(),
                account.mustChangePassword()));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
