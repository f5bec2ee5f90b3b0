package se.bygdeportalen.platform.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.bygdeportalen.platform.identity.internal.CreateStaffAccount;
import se.bygdeportalen.platform.identity.internal.UpdateStaffAccount;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.validation.SingleLine;

/** What an administrator fills in to create or edit a staff account, as typed. */
public record StaffAccountForm(
        @NotBlank @SingleLine @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{1,62}")
        String username,

        @NotBlank @SingleLine @Size(max = 120) String displayName,
        @SingleLine @Email @Size(max = 254) @Nullable String email,
        @Nullable List<String> roles,
        @Nullable String password,
        @Nullable String enabled) {

    static final List<String> FIELDS = List.of("username", "displayName", "email", "roles", "enabled", "password");

    /** The known roles chosen; an unknown name is dropped, so choosing only unknown ones is "no role". */
    public Set<Role> parsedRoles() {
        if (roles == null) {
            return Set.of();
        }
        return roles.stream().map(Role::fromName).flatMap(Optional::stream).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isEnabled() {
        return se.bygdeportalen.platform.validation.Parse.yes(enabled);
    }

    @Nullable
    String normalizedEmail() {
        return email == null || email.isBlank() ? null : email.strip();
    }

    CreateStaffAccount.Command toCreate() {
        return new CreateStaffAccount.Command(
                username,
                displayName,
                normalizedEmail(),
                parsedRoles(),
                password == null || password.isEmpty() ? null : password);
    }

    UpdateStaffAccount.Command toUpdate(long id) {
        return new UpdateStaffAccount.Command(id, displayName, normalizedEmail(), parsedRoles(), isEnabled());
    }
}
