package se.bygdeportalen.platform.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.bygdeportalen.platform.identity.Resident;
import se.bygdeportalen.platform.security.PortalAuthentication;
import se.bygdeportalen.platform.security.PortalPrincipal;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.SecurityConfig;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Result;

/**
 * Turns an OIDC sign-in into a {@link PortalUser}. Registration {@code eid} is a resident through an
 * e-ID broker (BankID, Freja eID+): the level of assurance ({@code acr}) must be one of the accepted
 * ones (Swedish LoA 3 or 4 by default), the personal identity number is read from a configurable claim,
 * stored encrypted, and dropped. Registration {@code staff} is municipal single sign-on (e.g. Entra ID):
 * it admits only people who have a staff account here. The returned principal carries no claims.
 */
@Component
public class PortalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    public static final String RESIDENT_REGISTRATION = "eid";
    public static final String STAFF_REGISTRATION = SecurityConfig.STAFF_REGISTRATION;

    private static final Logger log = LoggerFactory.getLogger(PortalOidcUserService.class);

    private final OidcUserService delegate = new OidcUserService();
    private final SignInResident signInResident;
    private final StaffAccountRepository staff;
    private final ResidentRepository residents;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String personalNumberClaim;
    private final java.util.List<String> acceptedAcr;

    PortalOidcUserService(
            SignInResident signInResident,
            StaffAccountRepository staff,
            ResidentRepository residents,
            TransactionTemplate tx,
            Clock clock,
            @Value("${bygdeportalen.eid.personal-number-claim:https://id.oidc.se/claim/personalIdentityNumber}")
                    String personalNumberClaim,
            @Value(
                            "${bygdeportalen.eid.accepted-acr:http://id.elegnamnden.se/loa/1.0/loa3,http://id.elegnamnden.se/loa/1.0/loa4}")
                    java.util.List<String> acceptedAcr) {
        this.signInResident = signInResident;
        this.staff = staff;
        this.residents = residents;
        this.tx = tx;
        this.clock = clock;
        this.personalNumberClaim = personalNumberClaim;
        this.acceptedAcr = acceptedAcr.stream()
                .map(String::strip)
                .filter(a -> !a.isEmpty())
                .toList();
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = delegate.loadUser(request);
        String registration = request.getClientRegistration().getRegistrationId();
        PortalUser user = switch (registration) {
            case RESIDENT_REGISTRATION -> resident(oidc);
            case STAFF_REGISTRATION -> staff(oidc);
            default -> throw new OAuth2AuthenticationException(new OAuth2Error("unknown_registration"));
        };
        return new PortalOidcUser(
                user, oidc.getIdToken().getIssuedAt(), oidc.getIdToken().getExpiresAt());
    }

    private PortalUser resident(OidcUser oidc) {
        String acr = oidc.getIdToken().getClaimAsString("acr");
        if (!acceptedAcr.isEmpty() && !acceptedAcr.contains(acr)) {
            log.warn("e-ID sign-in refused: level of assurance {} is not accepted", acr);
            throw new OAuth2AuthenticationException(new OAuth2Error("insufficient_level_of_assurance"));
        }
        Object claim = oidc.getClaims().get(personalNumberClaim);
        if (!(claim instanceof String pin) || pin.isBlank()) {
            log.warn("e-ID sign-in refused: the identity provider sent no personal identity number");
            throw new OAuth2AuthenticationException(new OAuth2Error("no_personal_number"));
        }
        // Whoever is at the browser is nobody in particular until the sign-in completes.
        Result result = signInResident.signInResident(
                new SignInResident.Command(pin, oidc.getGivenName(), oidc.getFamilyName()), Actor.VISITOR);
        if (!(result instanceof Result.Saved saved)) {
            log.warn("e-ID sign-in refused: malformed personal identity number");
            throw new OAuth2AuthenticationException(new OAuth2Error("no_personal_number"));
        }
        Resident resident = residents.byId(saved.id()).orElseThrow();
        return PortalUser.resident(resident.id(), resident.displayName());
    }

    private PortalUser staff(OidcUser oidc) {
        String subject = oidc.getIssuer() + "|" + oidc.getSubject();
        return tx.execute(status -> {
            Optional<StaffAccount> account = staff.bySsoSubject(subject);
            if (account.isEmpty() && !Boolean.FALSE.equals(oidc.getEmailVerified())) {
                // The first sign-in binds the provider's subject to an account an administrator created for
                // single sign-on (with the person's e-mail and no password). Accounts with a password are
                // never taken over by a claim that the identity provider may not have verified.
                account = email(oidc).flatMap(staff::byEmail).filter(a -> a.ssoSubject() == null && !a.hasPassword());
                account.ifPresent(a -> staff.bindSsoSubject(a.id(), subject));
            }
            StaffAccount a = account.filter(StaffAccount::enabled).orElseThrow(() -> {
                log.warn("Staff single sign-on refused: no enabled staff account matches");
                return new OAuth2AuthenticationException(new OAuth2Error("no_staff_account"));
            });
            staff.recordSuccess(a.id(), clock.instant());
            log.info("Staff single sign-on succeeded for account {}", a.id());
            return PortalUser.staff(a.id(), a.username(), a.displayName(), a.roles(), a.uiLanguage(), false);
        });
    }

    private static Optional<String> email(OidcUser oidc) {
        for (String claim : new String[] {"email", "preferred_username", "upn"}) {
            Object value = oidc.getClaims().get(claim);
            if (value instanceof String s && s.contains("@")) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** An OIDC principal emptied of every claim but a pseudonymous subject. */
    public static final class PortalOidcUser implements OidcUser, PortalPrincipal {
        private final PortalUser user;
        private final OidcIdToken token;

        PortalOidcUser(PortalUser user, @Nullable Instant issuedAt, @Nullable Instant expiresAt) {
            this.user = user;
            this.token = new OidcIdToken("redacted", issuedAt, expiresAt, Map.of("sub", user.getName()));
        }

        @Override
        public PortalUser portalUser() {
            return user;
        }

        @Override
        public Map<String, Object> getClaims() {
            return token.getClaims();
        }

        @Override
        public @Nullable OidcUserInfo getUserInfo() {
            return null;
        }

        @Override
        public OidcIdToken getIdToken() {
            return token;
        }

        @Override
        public Map<String, Object> getAttributes() {
            return token.getClaims();
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return new PortalAuthentication(user).getAuthorities();
        }

        @Override
        public String getName() {
            return user.getName();
        }
    }
}
