package se.bygdeportalen.platform.identity.internal;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.security.Role;

/** A staff member's account. {@code passwordHash} is null for accounts that only use single sign-on. */
public record StaffAccount(
        long id,
        String username,
        String displayName,
        @Nullable String email,
        @Nullable String passwordHash,
        boolean mustChangePassword,
        Set<Role> roles,
        boolean enabled,
        Lang uiLanguage,
        @Nullable String ssoSubject,
        int failedLogins,
        @Nullable Instant lockedUntil,
        @Nullable Instant lastLoginAt,
        Instant createdAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }
}
