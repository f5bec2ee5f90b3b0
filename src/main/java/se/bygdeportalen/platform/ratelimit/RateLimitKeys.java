package se.bygdeportalen.platform.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import se.bygdeportalen.platform.security.CurrentUser;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.usecase.Actor;

/**
 * Keys for the usual subjects of a limit, to pass to {@link RateLimiter#tryConsume}. Each kind has its
 * own prefix so kinds never share a bucket. The limiter stores only a keyed hash of a key.
 */
public final class RateLimitKeys {

    // Only such strings are parsed as IPv6, so parsing can never turn into a DNS lookup.
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private RateLimitKeys() {}

    /** The signed-in person, staff or resident: stable across sessions and addresses. */
    public static String person(PortalUser user) {
        return "person:" + user.getName();
    }

    /**
     * The person a use case acts for, the same key as {@link #person(PortalUser)}. Only a staff member
     * or a resident is a person: the visitor and the system have no key of their own.
     */
    public static String person(Actor actor) {
        return switch (actor) {
            case Actor.Staff staff -> "person:staff:" + staff.username();
            case Actor.Resident resident -> "person:resident:" + resident.id();
            case Actor.Visitor visitor ->
                throw new IllegalArgumentException("A visitor is limited by address, not as a person");
            case Actor.System system ->
                throw new IllegalArgumentException("The system is not rate limited as a person");
        };
    }

    /**
     * The person signed in on the current request; asking without one is a programming error.
     *
     * @deprecated a static look-up of the signed-in person; use cases get an {@link Actor}: use {@link #person(Actor)}
     */
    @Deprecated
    public static String currentPerson() {
        return person(CurrentUser.get().orElseThrow(() -> new IllegalStateException("No one is signed in")));
    }

    /**
     * The client's address. Behind a proxy this is the real client: Tomcat takes it from
     * X-Forwarded-For only when the request comes from an internal proxy address, so a client
     * cannot pick its own. An IPv6 address counts as its /64 network, since one home or host usually
     * has a whole /64 to take addresses from.
     */
    public static String address(HttpServletRequest request) {
        return "address:" + network(request.getRemoteAddr());
    }

    /** A username as typed on a sign-in form: case and surrounding space do not make a new key. */
    public static String username(String username) {
        return "username:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    static String network(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String bare = address.strip();
        if (bare.startsWith("[") && bare.endsWith("]")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        int zone = bare.indexOf('%');
        if (zone >= 0) {
            bare = bare.substring(0, zone);
        }
        if (!IPV6_LITERAL.matcher(bare).matches()) {
            return bare;
        }
        try {
            InetAddress parsed = InetAddress.getByName(bare);
            if (parsed instanceof Inet6Address) {
                byte[] bytes = parsed.getAddress();
                Arrays.fill(bytes, 8, 16, (byte) 0);
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            }
            // An IPv4-mapped IPv6 address is the IPv4 address.
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return bare;
        }
    }
}
