package se.bygdeportalen.platform.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.bygdeportalen.platform.PlatformProperties;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.identity.Resident;
import se.bygdeportalen.platform.identity.internal.PersonalDataExport;
import se.bygdeportalen.platform.identity.internal.PersonalDataSubject;
import se.bygdeportalen.platform.identity.internal.PortalOidcUserService;
import se.bygdeportalen.platform.identity.internal.ResidentRepository;
import se.bygdeportalen.platform.identity.internal.SignInDemoResident;
import se.bygdeportalen.platform.manifest.ModuleRegistry;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.SignIns;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;

/** Resident sign-in with e-ID (and, in a demo installation, as a demo resident) and "My pages". */
@Controller
class ResidentPages {

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final PlatformProperties properties;
    private final ResidentRepository residents;
    private final SignIns signIns;
    private final SignInDemoResident signInDemoResident;
    private final PersonalDataExport export;
    private final ModuleRegistry modules;

    ResidentPages(
            ObjectProvider<ClientRegistrationRepository> registrations,
            PlatformProperties properties,
            ResidentRepository residents,
            SignIns signIns,
            SignInDemoResident signInDemoResident,
            PersonalDataExport export,
            ModuleRegistry modules) {
        this.registrations = registrations;
        this.properties = properties;
        this.residents = residents;
        this.signIns = signIns;
        this.signInDemoResident = signInDemoResident;
        this.export = export;
        this.modules = modules;
    }

    @GetMapping("/" + Lang.PATH + "/logga-in")
    String signIn(@PathVariable String lang, HttpServletRequest request, Model model) {
        model.addAttribute(
                "eid", StaffSignInPage.hasRegistration(registrations, PortalOidcUserService.RESIDENT_REGISTRATION));
        model.addAttribute("demo", properties.demo().signIn());
        model.addAttribute(
                "demoResidents", properties.demo().signIn() ? residents.demoResidents() : java.util.List.of());
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
        request.getSession()
                .setAttribute(
                        se.bygdeportalen.platform.security.SecurityConfig.SIGN_IN_LANG,
                        Lang.fromCode(lang).orElse(Lang.DEFAULT));
        return "redirect:/oauth2/authorization/" + PortalOidcUserService.RESIDENT_REGISTRATION;
    }

    /** Demo installations only: act as one of the demo residents without e-ID. */
    @PostMapping("/" + Lang.PATH + "/logga-in/demo")
    String demo(
            @PathVariable String lang,
            @RequestParam(required = false) @Nullable Long resident,
            Actor actor,
            HttpServletRequest request,
            HttpServletResponse response) {
        Result result = signInDemoResident.signInDemoResident(new SignInDemoResident.Command(resident), actor);
        if (!(result instanceof Result.Saved saved)) {
            return "redirect:/" + lang + "/logga-in?fel";
        }
        Resident chosen = residents.byId(saved.id()).orElseThrow(Problem::notFound);
        signIns.signIn(PortalUser.resident(chosen.id(), chosen.displayName()), request, response);
        return "redirect:/" + lang + "/mina-sidor";
    }

    /** The resident downloads everything the platform keeps about them (GDPR art. 15 and 20). */
    @GetMapping("/" + Lang.PATH + "/mina-sidor/mina-uppgifter.json")
    ResponseEntity<byte[]> myData(@PathVariable String lang, Actor.Resident actor) {
        return PersonalDataAdminPages.json(
                "mina-uppgifter.json", export.exportPersonalData(PersonalDataSubject.resident(actor.id()), actor));
    }

    @GetMapping("/" + Lang.PATH + "/mina-sidor")
    String myPages(@PathVariable String lang, Actor.Resident actor, Model model) {
        Resident resident = residents.byId(actor.id()).orElseThrow(Problem::notFound);
        model.addAttribute("resident", resident);
        model.addAttribute("links", modules.myPagesLinks());
        return "identity/myPages";
    }
}
