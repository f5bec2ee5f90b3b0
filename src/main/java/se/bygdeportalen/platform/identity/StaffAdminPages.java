package se.bygdeportalen.platform.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.security.StaffOnly;
import se.bygdeportalen.platform.web.FormErrors;
import se.bygdeportalen.platform.web.LangResolution;
import se.bygdeportalen.platform.usecase.Problem;

/** Administrators manage staff accounts and their roles. */
@Controller
@StaffOnly(Role.ADMINISTRATOR)
class StaffAdminPages {

    private final StaffAccountRepository accounts;
    private final CreateStaffAccount create;
    private final UpdateStaffAccount update;
    private final ResetStaffPassword resetPassword;
    private final UnlockStaffAccount unlock;
    private final Messages messages;
    private final Clock clock;

    StaffAdminPages(StaffAccountRepository accounts, CreateStaffAccount create, UpdateStaffAccount update,
                    ResetStaffPassword resetPassword, UnlockStaffAccount unlock, Messages messages, Clock clock) {
        this.accounts = accounts;
        this.create = create;
        this.update = update;
        this.resetPassword = resetPassword;
        this.unlock = unlock;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/personal")
    String list(Model model, HttpServletRequest request) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("now", clock.instant());
        model.addAttribute("saved", request.getParameter("sparat") != null);
        return "identity/staffList";
    }

    @GetMapping("/admin/personal/ny")
    String newForm(Model model) {
        model.addAttribute("form", new StaffAccountForm("", "", "", List.of(), "", "true"));
        model.addAttribute("errors", FormErrors.none());
        return "identity/staffNew";
    }

    @PostMapping("/admin/personal/ny")
    String create(@Valid @ModelAttribute("form") StaffAccountForm form, BindingResult result, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        long id = create.create(form, result);
        if (id < 0) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", errors(result, request));
            return "identity/staffNew";
        }
        return "redirect:/admin/personal/" + id + "?skapat";
    }

    @GetMapping("/admin/personal/{id}")
    String edit(@PathVariable long id, Model model, HttpServletRequest request) {
        StaffAccount account = accounts.byId(id).orElseThrow(Problem::notFound);
        model.addAttribute("form", new StaffAccountForm(account.username(), account.displayName(), account.email(),
                account.roles().stream().map(Enum::name).toList(), "", String.valueOf(account.enabled())));
        return renderEdit(model, account, FormErrors.none(), FormErrors.none(), request.getParameter("skapat") != null,
                request.getParameter("sparat") != null, request.getParameter("losenord") != null);
    }

    @PostMapping("/admin/personal/{id}")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") StaffAccountForm form, BindingResult result, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        StaffAccount account = accounts.byId(id).orElseThrow(Problem::notFound);
        if (!update.update(id, form, result)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return renderEdit(model, account, errors(result, request), FormErrors.none(), false, false, false);
        }
        return "redirect:/admin/personal/" + id + "?sparat";
    }

    @PostMapping("/admin/personal/{id}/losenord")
    String resetPassword(@PathVariable long id, @RequestParam(required = false) String temporaryPassword, Model model,
                         HttpServletRequest request, HttpServletResponse response) {
        StaffAccount account = accounts.byId(id).orElseThrow(Problem::notFound);
        Optional<String> refused = resetPassword.reset(id, temporaryPassword == null ? "" : temporaryPassword);
        if (refused.isPresent()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Lang lang = LangResolution.resolve(request);
            model.addAttribute("form", new StaffAccountForm(account.username(), account.displayName(), account.email(),
                    account.roles().stream().map(Enum::name).toList(), "", String.valueOf(account.enabled())));
            return renderEdit(model, account, FormErrors.none(), FormErrors.single("temporaryPassword",
                    messages.get(lang, refused.get(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH)), false, false, false);
        }
        return "redirect:/admin/personal/" + id + "?losenord";
    }

    @PostMapping("/admin/personal/{id}/las-upp")
    String unlock(@PathVariable long id) {
        unlock.unlock(id);
        return "redirect:/admin/personal/" + id + "?sparat";
    }

    private String renderEdit(Model model, StaffAccount account, FormErrors errors, FormErrors passwordErrors,
                              boolean created, boolean saved, boolean passwordSet) {
        model.addAttribute("account", account);
        model.addAttribute("errors", errors);
        model.addAttribute("passwordErrors", passwordErrors);
        model.addAttribute("locked", account.lockedAt(clock.instant()));
        model.addAttribute("created", created);
        model.addAttribute("saved", saved);
        model.addAttribute("passwordSet", passwordSet);
        return "identity/staffEdit";
    }

    private FormErrors errors(BindingResult result, HttpServletRequest request) {
        Lang lang = LangResolution.resolve(request);
        return FormErrors.of(result, "staff.form", StaffAccountForm.FIELDS, messages, lang);
    }
}
