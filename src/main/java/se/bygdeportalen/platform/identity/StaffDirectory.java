package se.bygdeportalen.platform.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.identity.internal.StaffAccount;
import se.bygdeportalen.platform.identity.internal.StaffAccountRepository;
import se.bygdeportalen.platform.security.Role;

/**
 * Who the staff are, for modules that assign work, scope a role or send reminders. Modules use this
 * instead of reading the staff account table; it never reveals password or lockout data.
 */
@Component
public class StaffDirectory {

    /** An enabled or disabled staff account as other modules may see it. */
    public record StaffMember(
            long id,
            String username,
            String displayName,
            @Nullable String email,
            Set<Role> roles,
            boolean enabled) {}

    private final StaffAccountRepository accounts;

    StaffDirectory(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Enabled accounts with the role, by name. */
    public List<StaffMember> withRole(Role role) {
        return accounts.enabledWithRole(role).stream()
                .map(StaffDirectory::member)
                .toList();
    }

    public Optional<StaffMember> byId(long id) {
        return accounts.byId(id).map(StaffDirectory::member);
    }

    public Optional<StaffMember> byUsername(String username) {
        return accounts.byUsername(username).map(StaffDirectory::member);
    }

    public boolean hasRole(long id, Role role) {
        return byId(id).filter(StaffMember::enabled)
                .map(m -> m.roles().contains(role))
                .orElse(false);
    }

    private static StaffMember member(StaffAccount a) {
        return new StaffMember(a.id(), a.username(), a.displayName(), a.email(), a.roles(), a.enabled());
    }
}
