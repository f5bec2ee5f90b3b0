package se.bygdeportalen.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.security.PortalAuthentication;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Actor;

/** Which requests and people share a key. */
class RateLimitKeysTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aUsernameIsTrimmedAndLowerCased() {
        assertThat(RateLimitKeys.username("  Anna.Andersson "))
                .isEqualTo(RateLimitKeys.username("anna.andersson"))
                .isEqualTo("username:anna.andersson");
        assertThat(RateLimitKeys.username("ANNA")).isNotEqualTo(RateLimitKeys.username("anna2"));
    }

    @Test
    void anIpv4AddressIsItsOwnKey() {
        assertThat(RateLimitKeys.address(from("192.0.2.10"))).isEqualTo("address:192.0.2.10");
        assertThat(RateLimitKeys.address(from("192.0.2.10"))).isNotEqualTo(RateLimitKeys.address(from("192.0.2.11")));
    }

    @Test
    void anIpv6AddressCountsAsItsSlash64Network() {
        String key = RateLimitKeys.address(from("2001:db8:1:2::1"));

        assertThat(RateLimitKeys.address(from("2001:db8:1:2:ffff:ffff:ffff:ffff")))
                .isEqualTo(key);
        assertThat(RateLimitKeys.address(from("[2001:DB8:1:2::99]"))).isEqualTo(key);
        assertThat(RateLimitKeys.address(from("2001:db8:1:3::1"))).isNotEqualTo(key);
        assertThat(key).isEqualTo("address:2001:db8:1:2:0:0:0:0/64");
    }

    @Test
    void anIpv4MappedAddressIsTheIpv4Address() {
        assertThat(RateLimitKeys.address(from("::ffff:192.0.2.10")))
                .isEqualTo(RateLimitKeys.address(from("192.0.2.10")));
    }

    @Test
    void anythingElseIsKeptAsItIsWithoutALookup() {
        assertThat(RateLimitKeys.network("not-an-address.example")).isEqualTo("not-an-address.example");
        assertThat(RateLimitKeys.network("g:1")).isEqualTo("g:1");
        assertThat(RateLimitKeys.network("1:2:3:4:5:6:7:8:9")).isEqualTo("1:2:3:4:5:6:7:8:9");
        assertThat(RateLimitKeys.network("")).isEqualTo("unknown");
        assertThat(RateLimitKeys.network(null)).isEqualTo("unknown");
    }

    @Test
    void aPersonIsKeyedByTheirPrincipalName() {
        PortalUser staff = PortalUser.staff(7, "anna", "Anna", Set.of(Role.values()[0]), Lang.SV, false);
        PortalUser resident = PortalUser.resident(7, "Anna");

        assertThat(RateLimitKeys.person(staff)).isEqualTo("person:staff:anna");
        assertThat(RateLimitKeys.person(resident)).isEqualTo("person:resident:7");
    }

    @Test
    void aUseCasesActorHasTheSameKeyAsTheSignedInPersonAndOnlyAPersonHasOne() {
        assertThat(RateLimitKeys.person(new Actor.Staff(7, "anna", Set.of()))).isEqualTo("person:staff:anna");
        assertThat(RateLimitKeys.person(new Actor.Resident(7))).isEqualTo("person:resident:7");
        assertThatThrownBy(() -> RateLimitKeys.person(Actor.VISITOR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateLimitKeys.person(Actor.system("reminders")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @SuppressWarnings("deprecation")
    void theCurrentPersonIsWhoeverIsSignedIn() {
        assertThatThrownBy(RateLimitKeys::currentPerson).isInstanceOf(IllegalStateException.class);

        SecurityContextHolder.getContext().setAuthentication(new PortalAuthentication(PortalUser.resident(42, "Bo")));

        assertThat(RateLimitKeys.currentPerson()).isEqualTo("person:resident:42");
    }

    private static MockHttpServletRequest from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/login");
        request.setRemoteAddr(address);
        return request;
    }
}
