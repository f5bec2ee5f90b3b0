package se.bygdeportalen.platform.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.bygdeportalen.platform.identity.internal.PortalOidcUserService;
import se.bygdeportalen.platform.usecase.Actor;

/** The staff sign-in page: username and password, and single sign-on when it is configured. */
@Controller
class StaffSignInPage {

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final int maxFailures;
    private final long lockMinutes;

    StaffSignInPage(
            ObjectProvider<ClientRegistrationRepository> registrations,
            @Value("${bygdeportalen.security.login.max-failures:5}") int maxFailures,
            @Value("${bygdeportalen.security.login.lock-duration:15m}") Duration lockDuration) {
        this.registrations = registrations;
        this.maxFailures = maxFailures;
        this.lockMinutes = lockDuration.toMinutes();
    }

    @GetMapping("/admin/login")
    String page(Actor actor, HttpServletRequest request, Model model) {
        if (actor instanceof Actor.Staff) {
            return "redirect:/admin";
        }
        HttpSession session = request.getSession(false);
        boolean failed = session != null && Boolean.TRUE.equals(session.getAttribute("bygdeportalen.loginError"));
        Object username = session == null ? null : session.getAttribute("bygdeportalen.loginUsername");
        if (session != null) {
            session.removeAttribute("bygdeportalen.loginError");
            session.removeAttribute("bygdeportalen.loginUsername");
        }
        model.addAttribute("failed", failed);
        model.addAttribute("ssoFailed", request.getParameter("sso-fel") != null);
        model.addAttribute("signedOut", request.getParameter("utloggad") != null);
        model.addAttribute("username", username == null ? "" : username.toString());
        model.addAttribute("sso", hasRegistration(registrations, PortalOidcUserService.STAFF_REGISTRATION));
        model.addAttribute("maxFailures", maxFailures);
        model.addAttribute("lockMinutes", lockMinutes);
        return "identity/staffSignIn";
    }

    static boolean hasRegistration(ObjectProvider<ClientRegistrationRepository> registrations, String id) {
        ClientRegistrationRepository repo = registrations.getIfAvailable();
        return repo != null && repo.findByRegistrationId(id) != null;
    }
}
