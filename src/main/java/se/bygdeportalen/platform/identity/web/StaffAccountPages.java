package se.bygdeportalen.platform.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.identity.internal.ChangeOwnLanguage;
import se.bygdeportalen.platform.identity.internal.ChangeOwnPassword;
import se.bygdeportalen.platform.identity.internal.StaffAccount;
import se.bygdeportalen.platform.identity.internal.StaffAccountRepository;
import se.bygdeportalen.platform.security.AllowedBeforePasswordChange;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.SignIns;
import se.bygdeportalen.platform.security.StaffOnly;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.web.FormErrors;
import se.bygdeportalen.platform.web.Forms;
import se.bygdeportalen.platform.web.LangResolution;

/**
 * A staff member's own account: language of the staff pages and password. The session's principal
 * is read only to refresh it after a change (new language, password no longer temporary).
 */
@Controller
@StaffOnly
@AllowedBeforePasswordChange
class StaffAccountPages {

    /** The password form as typed; passwords are never shown again, so nothing is lost by not re-showing them. */
    record PasswordForm(
            @Nullable String currentPassword,
            @Nullable String newPassword,
            @Nullable String repeatPassword) {
        static final List<String> FIELDS = List.of("currentPassword", "newPassword", "repeatPassword");
    }

    /** A staff page to return to: a path under /admin with an optional query, nothing that could leave the site. */
    private static final Pattern RETURN_TO = Pattern.compile("/admin(/[A-Za-z0-9._~/-]*)?(\\?[A-Za-z0-9._~=&%+-]*)?");

    private final StaffAccountRepository accounts;
    private final ChangeOwnPassword changePassword;
    private final ChangeOwnLanguage changeLanguage;
    private final SignIns signIns;
    private final Messages messages;

    StaffAccountPages(
            StaffAccountRepository accounts,
            ChangeOwnPassword changePassword,
            ChangeOwnLanguage changeLanguage,
            SignIns signIns,
            Messages messages) {
        this.accounts = accounts;
        this.changePassword = changePassword;
        this.changeLanguage = changeLanguage;
        this.signIns = signIns;
        this.messages = messages;
    }

    @GetMapping("/admin/konto")
    String page(Actor.Staff actor, @AuthenticationPrincipal PortalUser user, HttpServletRequest request, Model model) {
        return render(model, actor, user, FormErrors.none(), request.getParameter("andrat") != null);
    }

    @PostMapping("/admin/konto/losenord")
    String password(
            @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult binding,
            Actor.Staff actor,
            @AuthenticationPrincipal PortalUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Result result = changePassword.changeOwnPassword(
                new ChangeOwnPassword.Command(
                        form.currentPassword(),
                        form.newPassword(),
                        form.repeatPassword(),
                        request.getSession().getId()),
                actor);
        if (result instanceof Result.Invalid invalid) {
            response.setStatus(invalid.status());
            FormErrors errors = Forms.errors(
                    binding,
                    invalid,
                    "account.password",
                    PasswordForm.FIELDS,
                    messages,
                    LangResolution.resolve(request));
            return render(model, actor, user, errors, false);
        }
        signIns.refresh(user.withPasswordChanged(), request, response);
        return "redirect:/admin/konto?andrat";
    }

    @PostMapping("/admin/konto/sprak")
    View language(
            @RequestParam String lang,
            @RequestParam(required = false) @Nullable String returnTo,
            Actor.Staff actor,
            @AuthenticationPrincipal PortalUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        Lang chosen = Lang.fromCode(lang).orElseThrow(Problem::notFound);
        changeLanguage.changeOwnLanguage(new ChangeOwnLanguage.Command(chosen), actor);
        signIns.refresh(user.withUiLanguage(chosen), request, response);
        String target = returnTo != null && RETURN_TO.matcher(returnTo).matches() ? returnTo : "/admin";
        RedirectView redirect = new RedirectView(target, true);
        redirect.setExpandUriTemplateVariables(false);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }

    private String render(Model model, Actor.Staff actor, PortalUser user, FormErrors errors, boolean changed) {
        StaffAccount account = accounts.byId(actor.id()).orElseThrow(Problem::notFound);
        model.addAttribute("account", account);
        model.addAttribute("errors", errors);
        model.addAttribute("mustChange", user.mustChangePassword());
        model.addAttribute("changed", changed);
        return "identity/staffAccount";
    }
}
