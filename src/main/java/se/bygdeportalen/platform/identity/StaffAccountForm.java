package se.bygdeportalen.platform.identity;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator fills in to create or edit a staff account. */
public record StaffAccountForm(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{1,62}") String username,
        @NotBlank @Size(max = 120) String displayName,
        @Email @Size(max = 254) String email,
        List<String> roles,
        String password,
        String enabled) {

    static final List<String> FIELDS = List.of("username", "displayName", "email", "roles", "enabled", "password");

    public Set<se.bygdeportalen.platform.security.Role> parsedRoles() {
        if (roles == null) {
            return Set.of();
        }
        return roles.stream().map(se.bygdeportalen.platform.security.Role::fromName).flatMap(java.util.Optional::stream)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public boolean isEnabled() {
        return se.bygdeportalen.platform.web.FormValues.yes(enabled);
    }

    String normalizedEmail() {
        return email == null || email.isBlank() ? null : email.strip();
    }
}
