package se.bygdeportalen.platform.security;

import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The one authentication type of the platform, whatever way the person signed in. */
public final class PortalAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String STAFF = "ROLE_STAFF";
    public static final String RESIDENT = "ROLE_RESIDENT";

    private final PortalUser user;

    public PortalAuthentication(PortalUser user) {
        super(authorities(user));
        this.user = user;
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(PortalUser user) {
        List<GrantedAuthority> list = new ArrayList<>();
        if (user.isStaff()) {
            list.add(new SimpleGrantedAuthority(STAFF));
            user.roles().forEach(r -> list.add(new SimpleGrantedAuthority(r.authority())));
        } else {
            list.add(new SimpleGrantedAuthority(RESIDENT));
        }
        return list;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public PortalUser getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.getName();
    }
}
