package se.bygdeportalen.platform.usecase;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;

/**
 * Who a use case acts for, passed explicitly: use cases never look up the signed-in person themselves.
 * A {@link Visitor} is nobody in particular (a public form without sign-in); the {@link System} acts for
 * demo data and scheduled work and names why. Access rules give a visitor nothing they do not give
 * everyone, and give the system everything.
 */
public sealed interface Actor {

    /** A signed-in staff member with their roles. */
    record Staff(long id, String username, Set<Role> roles) implements Actor {
        public Staff {
            Objects.requireNonNull(username);
            roles = Set.copyOf(roles);
        }

        public boolean hasRole(Role role) {
            return roles.contains(role);
        }

        public boolean hasAnyRole(Role... wanted) {
            return Arrays.stream(wanted).anyMatch(roles::contains);
        }
    }

    /** A signed-in resident (e-ID, or the demo sign-in). */
    record Resident(long id) implements Actor {}

    /** Nobody signed in. */
    record Visitor() implements Actor {}

    /** The platform itself: demo data, scheduled tasks, event listeners. {@code purpose} is shown in the audit log. */
    record System(String purpose) implements Actor {
        public System {
            if (purpose.isBlank()) {
                throw new IllegalArgumentException("The system acts for a named purpose, shown in the audit log");
            }
        }
    }

    Visitor VISITOR = new Visitor();

    static Actor system(String purpose) {
        return new System(purpose);
    }

    /** The actor of a signed-in person, or the visitor when nobody is. */
    static Actor of(@Nullable PortalUser user) {
        if (user == null) {
            return VISITOR;
        }
        return user.isStaff() ? new Staff(user.id(), user.username(), user.roles()) : new Resident(user.id());
    }

    /** Whether this is a staff member with one of the roles. */
    default boolean isStaffWith(Role... roles) {
        return this instanceof Staff s && s.hasAnyRole(roles);
    }

    /** Whether this is the resident with that id. */
    default boolean isResident(long residentId) {
        return this instanceof Resident r && r.id() == residentId;
    }

    /** {@code staff}, {@code resident}, {@code visitor} or {@code system}, as the audit log stores it. */
    default String kind() {
        return switch (this) {
            case Staff s -> "staff";
            case Resident r -> "resident";
            case Visitor v -> "visitor";
            case System s -> "system";
        };
    }

    /** The id of the person, if the actor is one. */
    default @Nullable Long personId() {
        return switch (this) {
            case Staff s -> s.id();
            case Resident r -> r.id();
            case Visitor v -> null;
            case System s -> null;
        };
    }

    /** The name shown in the audit log: never a personal identity number or a resident's name. */
    default String auditName() {
        return switch (this) {
            case Staff s -> s.username();
            case Resident r -> "resident-" + r.id();
            case Visitor v -> "visitor";
            case System s -> "system: " + s.purpose();
        };
    }
}
