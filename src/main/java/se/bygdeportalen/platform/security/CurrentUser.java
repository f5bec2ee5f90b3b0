package se.bygdeportalen.platform.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in person of the current request, if any. */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<PortalUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof PortalAuthentication pa) {
            return Optional.of(pa.getPrincipal());
        }
        return Optional.empty();
    }

    public static PortalUser staff() {
        return get().filter(PortalUser::isStaff)
                .orElseThrow(() -> new IllegalStateException("No staff member signed in"));
    }

    public static PortalUser resident() {
        return get().filter(PortalUser::isResident)
                .orElseThrow(() -> new IllegalStateException("No resident signed in"));
    }
}
