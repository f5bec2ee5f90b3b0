package se.bygdeportalen.platform.identity;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.security.AllowedBeforePasswordChange;
import se.bygdeportalen.platform.security.CurrentUser;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.SignIns;
import se.bygdeportalen.platform.security.StaffOnly;
import se.bygdeportalen.platform.web.FormErrors;
import se.bygdeportalen.platform.web.LangResolution;
import se.bygdeportalen.platform.usecase.Problem;

/** A staff member's own account: language of the staff pages and password. */
@Controller
@StaffOnly
@AllowedBeforePasswordChange
class StaffAccountPages {

    private final StaffAccountRepository accounts;
    private final ChangeOwnPassword changePassword;
    private final ChangeOwnLanguage changeLanguage;
    private final SignIns signIns;
    private final Messages messages;

    StaffAccountPages(StaffAccountRepository accounts, ChangeOwnPassword changePassword, ChangeOwnLanguage changeLanguage,
                      SignIns signIns, Messages messages) {
        this.accounts = accounts;
        this.changePassword = changePassword;
        this.changeLanguage = changeLanguage;
        this.signIns = signIns;
        this.messages = messages;
    }

    @GetMapping("/admin/konto")
    String page(HttpServletRequest request, Model model) {
        return render(model, request, FormErrors.none(), request.getParameter("andrat") != null);
    }

    @PostMapping("/admin/konto/losenord")
    String password(@RequestParam(required = false) String currentPassword, @RequestParam(required = false) String newPassword,
                    @RequestParam(required = false) String repeatPassword, HttpServletRequest request,
                    HttpServletResponse response, Model model) {
        PortalUser user = CurrentUser.staff();
        Optional<Map.Entry<String, String>> problem = changePassword.change(user, currentPassword, newPassword == null ? "" : newPassword,
                repeatPassword, request.getSession().getId());
        if (problem.isPresent()) {
            Lang lang = LangResolution.resolve(request);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(model, request, FormErrors.single(problem.get().getKey(), messages.get(lang, problem.get().getValue(),
                    se.bygdeportalen.platform.identity.PasswordPolicy.MIN_LENGTH, se.bygdeportalen.platform.identity.PasswordPolicy.MAX_LENGTH)), false);
        }
        signIns.refresh(user.withPasswordChanged(), request, response);
        return "redirect:/admin/konto?andrat";
    }

    /** A staff page to return to: a path under /admin with an optional query, nothing that could leave the site. */
    private static final java.util.regex.Pattern RETURN_TO = java.util.regex.Pattern.compile("/admin(/[A-Za-z0-9._~/-]*)?(\\?[A-Za-z0-9._~=&%+-]*)?");

    @PostMapping("/admin/konto/sprak")
    org.springframework.web.servlet.View language(@RequestParam String lang, @RequestParam(required = false) String returnTo,
                    HttpServletRequest request, HttpServletResponse response) {
        Lang chosen = Lang.fromCode(lang).orElseThrow(Problem::notFound);
        PortalUser user = CurrentUser.staff();
        changeLanguage.change(user, chosen);
        signIns.refresh(user.withUiLanguage(chosen), request, response);
        boolean safe = returnTo != null && RETURN_TO.matcher(returnTo).matches();
        org.springframework.web.servlet.view.RedirectView redirect = new org.springframework.web.servlet.view.RedirectView(safe ? returnTo : "/admin", true);
        redirect.setExpandUriTemplateVariables(false);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }

    private String render(Model model, HttpServletRequest request, FormErrors errors, boolean changed) {
        PortalUser user = CurrentUser.staff();
        StaffAccount account = accounts.byId(user.id()).orElseThrow(Problem::notFound);
        model.addAttribute("account", account);
        model.addAttribute("errors", errors);
        model.addAttribute("mustChange", user.mustChangePassword());
        model.addAttribute("changed", changed);
        return "identity/staffAccount";
    }
}
