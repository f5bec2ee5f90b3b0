package se.bygdeportalen.platform.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * Staff roles. A staff account has one or more; each staff route names the roles it admits
 * ({@link StaffOnly}). Administrators are not implicitly admitted everywhere: a route lists them
 * when they should be.
 */
public enum Role {
    ADMINISTRATOR,
    COMMUNICATOR,
    REGISTRAR,
    MODERATOR,
    SERVICE_OFFICE,
    SPORTOTEK,
    BUSINESS_DEVELOPER,
    EQUALITY_COORDINATOR;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Message key of the role's name, e.g. {@code role.registrar}. */
    public String messageKey() {
        return "role." + name().toLowerCase().replace('_', '-');
    }

    public static Optional<Role> fromName(String name) {
        return Arrays.stream(values())
                .filter(r -> r.name().equalsIgnoreCase(name))
                .findFirst();
    }
}
