package se.bygdeportalen.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import se.bygdeportalen.platform.i18n.Lang;

/**
 * One filter chain for the whole site. Staff pages need a staff sign-in and, per route, the roles
 * named by {@link StaffOnly}; resident pages need a resident sign-in; everything else is public.
 * After any sign-in the session holds only a {@link PortalAuthentication}.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);
    /** Session attribute: the page language a resident started an e-ID sign-in from. */
    public static final String SIGN_IN_LANG = "bygdeportalen.signInLang";

    public static final String SESSION_COOKIE = "__Host-bygdeportalen";
    /** The OIDC client registration staff sign in with; every other registration signs in residents. */
    public static final String STAFF_REGISTRATION = "staff";
    /** Bean name of the entry point that sends a visitor to the resident sign-in page in their language. */
    public static final String RESIDENT_SIGN_IN = "residentSignInEntryPoint";

    /**
     * The Content Security Policy of every response: first-party scripts and styles only (files, never
     * inline, so no nonce that would make each response unique and unshareable), no framing, forms
     * only to this site.
     */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                    + "frame-ancestors 'none'";

    /**
     * What a response may be kept as when its handler said nothing: by this browser only, and not even
     * there. Pages that caches may share say so themselves (the page cache marks anonymous pages
     * public, static assets carry their own), so a page nobody thought about stays private.
     */
    public static final String PRIVATE_NO_STORE = "private, no-store";

    /**
     * The only cookie the site sets: {@code __Host-} prefixed (Secure, path /, no domain), HttpOnly,
     * SameSite=Lax. Browsers treat http://localhost as secure, so the demo run works without TLS.
     */
    @Bean
    org.springframework.session.web.http.CookieSerializer cookieSerializer() {
        org.springframework.session.web.http.DefaultCookieSerializer cookie =
                new org.springframework.session.web.http.DefaultCookieSerializer();
        cookie.setCookieName(SESSION_COOKIE);
        cookie.setCookiePath("/");
        cookie.setUseSecureCookie(true);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        return cookie;
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    AuthenticationManager authenticationManager(java.util.List<AuthenticationProvider> providers) {
        return new ProviderManager(providers);
    }

    @Bean
    SecurityFilterChain filterChain(
            HttpSecurity http,
            SecurityContextRepository contexts,
            ObjectProvider<ClientRegistrationRepository> registrations,
            ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> oidcUsers,
            ObjectProvider<PortalUsers> portalUsers,
            @org.springframework.beans.factory.annotation.Qualifier(RESIDENT_SIGN_IN)
                    AuthenticationEntryPoint residentSignIn,
            @Value("${bygdeportalen.security.session.absolute-timeout:12h}") Duration absoluteTimeout)
            throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher residentPages = new OrRequestMatcher(
                path.matcher("/" + Lang.PATH + "/mina-sidor"), path.matcher("/" + Lang.PATH + "/mina-sidor/**"));
        RequestCache requestCache = new HttpSessionRequestCache();

        http.securityContext(c -> c.securityContextRepository(contexts))
                .requestCache(c -> c.requestCache(requestCache))
                .authorizeHttpRequests(auth -> auth.requestMatchers(path.matcher("/admin/login"))
                        .permitAll()
                        .requestMatchers(path.matcher("/admin"), path.matcher("/admin/**"))
                        .hasAuthority(PortalAuthentication.STAFF)
                        .requestMatchers(residentPages)
                        .hasAuthority(PortalAuthentication.RESIDENT)
                        .anyRequest()
                        .permitAll())
                .formLogin(form -> form.loginPage("/admin/login")
                        .loginProcessingUrl("/admin/login")
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .successHandler(staffSuccess(requestCache))
                        .failureHandler((request, response, exception) -> {
                            request.getSession().setAttribute("bygdeportalen.loginError", true);
                            request.getSession()
                                    .setAttribute("bygdeportalen.loginUsername", request.getParameter("username"));
                            response.sendRedirect("/admin/login" + langQuery(request));
                        }))
                .logout(logout -> logout.logoutRequestMatcher(
                                path.matcher(org.springframework.http.HttpMethod.POST, "/logga-ut"))
                        .logoutSuccessHandler((request, response, authentication) -> {
                            Lang lang =
                                    Lang.fromCode(request.getParameter("lang")).orElse(Lang.DEFAULT);
                            boolean staff = authentication != null
                                    && authentication.getPrincipal() instanceof PortalUser u
                                    && u.isStaff();
                            response.sendRedirect(
                                    staff
                                            ? "/admin/login?utloggad&lang=" + lang.code()
                                            : "/" + lang.code() + "/logga-in?utloggad");
                        })
                        .invalidateHttpSession(true)
                        .deleteCookies(SESSION_COOKIE))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/admin/login"), path.matcher("/admin/**"))
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/admin/login"), path.matcher("/admin"))
                        .defaultAuthenticationEntryPointFor(
                                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), path.matcher("/api/**"))
                        .defaultAuthenticationEntryPointFor(residentSignIn, residentPages)
                        .accessDeniedHandler(loggingAccessDenied()))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.cacheControl(c -> c.disable())
                        .addHeaderWriter(SecurityConfig::privateUnlessSaidOtherwise)
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r ->
                                r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(f -> f.deny())
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                        .permissionsPolicyHeader(p -> p.policy(
                                "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()")))
                .addFilterAfter(
                        new AbsoluteSessionTimeout(absoluteTimeout),
                        org.springframework.security.web.context.SecurityContextHolderFilter.class);
        PortalUsers users = portalUsers.getIfAvailable();
        if (users != null) {
            http.addFilterAfter(new CurrentPortalUser(users, contexts), AbsoluteSessionTimeout.class);
        }

        if (registrations.getIfAvailable() != null) {
            http.oauth2Login(oauth -> oauth.loginPage("/sv/logga-in")
                    .authorizedClientRepository(new DiscardingAuthorizedClientRepository())
                    .userInfoEndpoint(u -> u.oidcUserService(oidcUsers.getObject()))
                    .successHandler(oidcSuccess(contexts, requestCache))
                    .failureHandler(oidcFailure()));
        }
        return http.build();
    }

    /**
     * Spring Security's own writer would always say {@code no-cache, no-store}; this one leaves a
     * Cache-Control that the handler or the page cache set, and a 304 (whose headers describe the
     * stored page), alone.
     */
    private static void privateUnlessSaidOtherwise(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader(org.springframework.http.HttpHeaders.CACHE_CONTROL)
                && response.getStatus() != HttpStatus.NOT_MODIFIED.value()) {
            response.setHeader(org.springframework.http.HttpHeaders.CACHE_CONTROL, PRIVATE_NO_STORE);
        }
    }

    private static String langQuery(HttpServletRequest request) {
        return Lang.fromCode(request.getParameter("lang"))
                .map(l -> "?lang=" + l.code())
                .orElse("");
    }

    /** Staff who must change their password go there first; others return to what they asked for. */
    private static SavedRequestAwareAuthenticationSuccessHandler staffSuccess(RequestCache requestCache) {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(
                    HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                    throws IOException, jakarta.servlet.ServletException {
                HttpSession session = request.getSession();
                AbsoluteSessionTimeout.markSignedIn(session);
                session.removeAttribute("bygdeportalen.loginError");
                session.removeAttribute("bygdeportalen.loginUsername");
                if (authentication.getPrincipal() instanceof PortalUser user && user.mustChangePassword()) {
                    requestCache.removeRequest(request, response);
                    getRedirectStrategy().sendRedirect(request, response, "/admin/konto?byt-losenord");
                    return;
                }
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        handler.setRequestCache(requestCache);
        handler.setDefaultTargetUrl("/admin");
        return handler;
    }

    /** Replaces the OIDC token with a {@link PortalAuthentication}, so no claim stays in the session. */
    private static org.springframework.security.web.authentication.AuthenticationSuccessHandler oidcSuccess(
            SecurityContextRepository contexts, RequestCache requestCache) {
        return (request, response, authentication) -> {
            OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
            PortalUser user = ((PortalPrincipal) token.getPrincipal()).portalUser();
            PortalAuthentication portal = new PortalAuthentication(user);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(portal);
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            HttpSession session = request.getSession();
            AbsoluteSessionTimeout.markSignedIn(session);
            Lang lang = (Lang) session.getAttribute(SIGN_IN_LANG);
            session.removeAttribute(SIGN_IN_LANG);
            // A handler per sign-in: its default target depends on who signed in.
            SavedRequestAwareAuthenticationSuccessHandler redirect =
                    new SavedRequestAwareAuthenticationSuccessHandler();
            redirect.setRequestCache(requestCache);
            redirect.setDefaultTargetUrl(
                    user.isStaff() ? "/admin" : "/" + (lang == null ? Lang.DEFAULT : lang).code() + "/mina-sidor");
            redirect.onAuthenticationSuccess(request, response, portal);
        };
    }

    private static AuthenticationFailureHandler oidcFailure() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            boolean staff = request.getRequestURI().endsWith("/" + STAFF_REGISTRATION);
            HttpSession session = request.getSession(false);
            Lang lang = session == null
                    ? Lang.DEFAULT
                    : java.util.Optional.ofNullable((Lang) session.getAttribute(SIGN_IN_LANG))
                            .orElse(Lang.DEFAULT);
            // Only the error code: descriptions can quote token claims, and claims can hold a personal identity number.
            String code =
                    exception instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException oauth
                            ? oauth.getError().getErrorCode()
                            : exception.getClass().getSimpleName();
            log.info("OIDC sign-in failed: {}", code);
            response.sendRedirect(
                    staff ? "/admin/login?sso-fel&lang=" + lang.code() : "/" + lang.code() + "/logga-in?fel");
        };
    }

    private static AccessDeniedHandler loggingAccessDenied() {
        AccessDeniedHandlerImpl delegate = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            String who = SecurityContextHolder.getContext().getAuthentication() instanceof PortalAuthentication pa
                    ? pa.getPrincipal().isStaff()
                            ? "staff account " + pa.getPrincipal().id()
                            : "a resident"
                    : "an anonymous visitor";
            log.warn("Access denied to {} {} for {}", request.getMethod(), request.getRequestURI(), who);
            delegate.handle(request, response, denied);
        };
    }

    /** Access tokens are not needed after sign-in, so they are not kept anywhere. */
    static final class DiscardingAuthorizedClientRepository implements OAuth2AuthorizedClientRepository {
        @Override
        public <T extends org.springframework.security.oauth2.client.OAuth2AuthorizedClient> @Nullable
                T loadAuthorizedClient(
                        String clientRegistrationId, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                org.springframework.security.oauth2.client.OAuth2AuthorizedClient authorizedClient,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {
            // Nothing to keep.
        }

        @Override
        public void removeAuthorizedClient(
                String clientRegistrationId,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {
            // Nothing kept.
        }
    }
}
