package se.bygdeportalen.platform.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.AuthenticatedPrincipal;
import se.bygdeportalen.platform.i18n.Lang;

/**
 * The signed-in person, as kept in the session. It deliberately holds no personal identity number,
 * no claims and no tokens: only what pages need to greet and authorise.
 */
public record PortalUser(
        Kind kind,
        long id,
        String username,
        String displayName,
        Set<Role> roles,
        Lang uiLanguage,
        boolean mustChangePassword)
        implements AuthenticatedPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Kind {
        STAFF,
        RESIDENT
    }

    public PortalUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static PortalUser staff(
            long id,
            String username,
            String displayName,
            Set<Role> roles,
            Lang uiLanguage,
            boolean mustChangePassword) {
        return new PortalUser(Kind.STAFF, id, username, displayName, roles, uiLanguage, mustChangePassword);
    }

    public static PortalUser resident(long id, String displayName) {
        return new PortalUser(Kind.RESIDENT, id, "resident-" + id, displayName, Set.of(), Lang.DEFAULT, false);
    }

    public boolean isStaff() {
        return kind == Kind.STAFF;
    }

    public boolean isResident() {
        return kind == Kind.RESIDENT;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Set<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /** Session principal name; also the key Spring Session indexes sessions by. */
    @Override
    public String getName() {
        return kind == Kind.STAFF ? "staff:" + username : residentPrincipalName(id);
    }

    /** The principal name of a resident's sessions, to find and end them all. */
    public static String residentPrincipalName(long residentId) {
        return "resident:" + residentId;
    }

    public PortalUser withUiLanguage(Lang lang) {
        return new PortalUser(kind, id, username, displayName, roles, lang, mustChangePassword);
    }

    public PortalUser withPasswordChanged() {
        return new PortalUser(kind, id, username, displayName, roles, uiLanguage, false);
    }
}
