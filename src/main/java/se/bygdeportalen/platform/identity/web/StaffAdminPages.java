package se.bygdeportalen.platform.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.identity.internal.CreateStaffAccount;
import se.bygdeportalen.platform.identity.internal.ResetStaffPassword;
import se.bygdeportalen.platform.identity.internal.StaffAccount;
import se.bygdeportalen.platform.identity.internal.StaffAccountRepository;
import se.bygdeportalen.platform.identity.internal.UnlockStaffAccount;
import se.bygdeportalen.platform.identity.internal.UpdateStaffAccount;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.security.StaffOnly;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.web.FormErrors;
import se.bygdeportalen.platform.web.Forms;
import se.bygdeportalen.platform.web.LangResolution;

/** Administrators manage staff accounts and their roles. */
@Controller
@StaffOnly(Role.ADMINISTRATOR)
class StaffAdminPages {

    /** The temporary password an administrator sets on the edit page, as typed (never shown again). */
    record TemporaryPasswordForm(@Nullable String temporaryPassword) {
        static final List<String> FIELDS = List.of("temporaryPassword");
    }

    private final StaffAccountRepository accounts;
    private final CreateStaffAccount create;
    private final UpdateStaffAccount update;
    private final ResetStaffPassword resetPassword;
    private final UnlockStaffAccount unlock;
    private final Messages messages;
    private final Clock clock;

    StaffAdminPages(
            StaffAccountRepository accounts,
            CreateStaffAccount create,
            UpdateStaffAccount update,
            ResetStaffPassword resetPassword,
            UnlockStaffAccount unlock,
            Messages messages,
            Clock clock) {
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
    String create(
            @Valid @ModelAttribute("form") StaffAccountForm form,
            BindingResult binding,
            Actor actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (binding.hasErrors()) {
            return showNew(model, binding, request, response, HttpServletResponse.SC_BAD_REQUEST);
        }
        Result result = create.createStaffAccount(form.toCreate(), actor);
        if (result instanceof Result.Invalid invalid) {
            Forms.addTo(binding, invalid);
            return showNew(model, binding, request, response, invalid.status());
        }
        return "redirect:/admin/personal/" + result.id() + "?skapat";
    }

    @GetMapping("/admin/personal/{id}")
    String edit(@PathVariable long id, Model model, HttpServletRequest request) {
        StaffAccount account = accounts.byId(id).orElseThrow(Problem::notFound);
        model.addAttribute("form", formOf(account));
        return renderEdit(
                model,
                account,
                FormErrors.none(),
                FormErrors.none(),
                request.getParameter("skapat") != null,
                request.getParameter("sparat") != null,
                request.getParameter("losenord") != null);
    }

    @PostMapping("/admin/personal/{id}")
    String save(
            @PathVariable long id,
            @Valid @ModelAttribute("form") StaffAccountForm form,
            BindingResult binding,
            Actor actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        StaffAccount account = accounts.byId(id).orElseThrow(Problem::notFound);
        // The username cannot be changed here (the page posts it only to keep the form whole), so its errors do not
        // count.
        boolean invalidInput =
                binding.getFieldErrors().stream().map(FieldError::getField).anyMatch(f -> !f.equals("username"))
                        || binding.hasGlobalErrors();
        if (invalidInput) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return renderEdit(model, account, errors(binding, request), FormErrors.none(), false, false, false);
        }
        Result result = update.updateStaffAccount(form.toUpdate(id), actor);
        if (result instanceof Result.Invalid invalid) {
            Forms.addTo(binding, invalid);
            response.setStatus(invalid.status());
            return renderEdit(model, account, errors(binding, request), FormErrors.none(), false, false, false);
        }
        return "redirect:/admin/personal/" + id + "?sparat";
    }

    @PostMapping("/admin/personal/{id}/losenord")
    String resetPassword(
            @PathVariable long id,
            @ModelAttribute("passwordForm") TemporaryPasswordForm passwordForm,
            BindingResult binding,
            Actor actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        StaffAccount account = accounts.byId(id).orElseThrow(Problem::notFound);
        Result result = resetPassword.resetStaffPassword(
                new ResetStaffPassword.Command(id, passwordForm.temporaryPassword()), actor);
        if (result instanceof Result.Invalid invalid) {
            response.setStatus(invalid.status());
            model.addAttribute("form", formOf(account));
            FormErrors passwordErrors = Forms.errors(
                    binding,
                    invalid,
                    "staff.edit",
                    TemporaryPasswordForm.FIELDS,
                    messages,
                    LangResolution.resolve(request));
            return renderEdit(model, account, FormErrors.none(), passwordErrors, false, false, false);
        }
        return "redirect:/admin/personal/" + id + "?losenord";
    }

    @PostMapping("/admin/personal/{id}/las-upp")
    String unlock(@PathVariable long id, Actor actor) {
        unlock.unlockStaffAccount(new UnlockStaffAccount.Command(id), actor);
        return "redirect:/admin/personal/" + id + "?sparat";
    }

    private String showNew(
            Model model, BindingResult binding, HttpServletRequest request, HttpServletResponse response, int status) {
        response.setStatus(status);
        model.addAttribute("errors", errors(binding, request));
        return "identity/staffNew";
    }

    private static StaffAccountForm formOf(StaffAccount account) {
        return new StaffAccountForm(
                account.username(),
                account.displayName(),
                account.email(),
                account.roles().stream().map(Enum::name).toList(),
                "",
                String.valueOf(account.enabled()));
    }

    private String renderEdit(
            Model model,
            StaffAccount account,
            FormErrors errors,
            FormErrors passwordErrors,
            boolean created,
            boolean saved,
            boolean passwordSet) {
        model.addAttribute("account", account);
        model.addAttribute("errors", errors);
        model.addAttribute("passwordErrors", passwordErrors);
        model.addAttribute("locked", account.lockedAt(clock.instant()));
        model.addAttribute("created", created);
        model.addAttribute("saved", saved);
        model.addAttribute("passwordSet", passwordSet);
        return "identity/staffEdit";
    }

    private FormErrors errors(BindingResult binding, HttpServletRequest request) {
        return FormErrors.of(binding, "staff.form", StaffAccountForm.FIELDS, messages, LangResolution.resolve(request));
    }
}
