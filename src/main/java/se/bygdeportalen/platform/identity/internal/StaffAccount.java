package se.bygdeportalen.platform.identity.internal;

import java.time.Instant;
import java.util.Set;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.security.Role;

/** A staff member's account. {@code passwordHash} is null for accounts that only use single sign-on. */
public record StaffAccount(
        long id,
        String username,
        String displayName,
        String email,
        String passwordHash,
        boolean mustChangePassword,
        Set<Role> roles,
        boolean enabled,
        Lang uiLanguage,
        String ssoSubject,
        int failedLogins,
        Instant lockedUntil,
        Instant lastLoginAt,
        Instant createdAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }
}
