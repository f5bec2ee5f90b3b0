package se.bygdeportalen.platform.identity;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.bygdeportalen.platform.PlatformProperties;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.security.CurrentUser;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.SignIns;
import se.bygdeportalen.platform.usecase.Problem;

/** Resident sign-in with e-ID (and, in a demo installation, as a demo resident) and "My pages". */
@Controller
class ResidentPages {


    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final PlatformProperties properties;
    private final ResidentRepository residents;
    private final SignIns signIns;
    private final Clock clock;
    private final PersonalDataExport export;
    private final se.bygdeportalen.platform.manifest.ModuleRegistry modules;

    ResidentPages(ObjectProvider<ClientRegistrationRepository> registrations, PlatformProperties properties,
                  ResidentRepository residents, SignIns signIns, Clock clock, PersonalDataExport export,
                  se.bygdeportalen.platform.manifest.ModuleRegistry modules) {
        this.export = export;
        this.modules = modules;
        this.registrations = registrations;
        this.properties = properties;
        this.residents = residents;
        this.signIns = signIns;
        this.clock = clock;
    }

    @GetMapping("/" + Lang.PATH + "/logga-in")
    String signIn(@PathVariable String lang, HttpServletRequest request, Model model) {
        model.addAttribute("eid", StaffSignInPage.hasRegistration(registrations, PortalOidcUserService.RESIDENT_REGISTRATION));
        model.addAttribute("demo", properties.demo().signIn());
        model.addAttribute("demoResidents", properties.demo().signIn() ? residents.demoResidents() : java.util.List.of());
        model.addAttribute("failed", request.getParameter("fel") != null);
        model.addAttribute("signedOut", request.getParameter("utloggad") != null);
        return "identity/residentSignIn";
    }

    /** Remembers the page language, then hands over to the e-ID broker. */
    @GetMapping("/" + Lang.PATH + "/logga-in/e-legitimation")
    String eid(@PathVariable String lang, HttpServletRequest request) {
        if (!StaffSignInPage.hasRegistration(registrations, PortalOidcUserService.RESIDENT_REGISTRATION)) {
            throw Problem.notFound();
        }
        request.getSession().setAttribute(se.bygdeportalen.platform.security.SecurityConfig.SIGN_IN_LANG, Lang.fromCode(lang).orElse(Lang.DEFAULT));
        return "redirect:/oauth2/authorization/" + PortalOidcUserService.RESIDENT_REGISTRATION;
    }

    /** Demo installations only: act as one of the demo residents without e-ID. */
    @PostMapping("/" + Lang.PATH + "/logga-in/demo")
    String demo(@PathVariable String lang, @RequestParam(required = false) Long resident,
                HttpServletRequest request, HttpServletResponse response) {
        if (!properties.demo().signIn()) {
            throw Problem.notFound();
        }
        Resident chosen = resident == null ? null : residents.byId(resident).filter(Resident::demo).orElse(null);
        if (chosen == null) {
            return "redirect:/" + lang + "/logga-in?fel";
        }
        residents.touch(chosen.id(), clock.instant());
        signIns.signIn(PortalUser.resident(chosen.id(), chosen.displayName()), request, response);
        return "redirect:/" + lang + "/mina-sidor";
    }

    /** The resident downloads everything the platform keeps about them (GDPR art. 15 and 20). */
    @GetMapping("/" + Lang.PATH + "/mina-sidor/mina-uppgifter.json")
    org.springframework.http.ResponseEntity<byte[]> myData(@PathVariable String lang) {
        PortalUser user = CurrentUser.resident();
        return PersonalDataAdminPages.json("mina-uppgifter.json",
                export.export(se.bygdeportalen.platform.manifest.PersonalDataCategory.Subject.RESIDENT, user.id()));
    }

    @GetMapping("/" + Lang.PATH + "/mina-sidor")
    String myPages(@PathVariable String lang, Model model) {
        PortalUser user = CurrentUser.resident();
        Resident resident = residents.byId(user.id()).orElseThrow(Problem::notFound);
        model.addAttribute("resident", resident);
        model.addAttribute("links", modules.myPagesLinks());
        return "identity/myPages";
    }
}
