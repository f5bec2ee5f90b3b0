package se.bygdeportalen.site.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.security.StaffOnly;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.validation.Parse;
import se.bygdeportalen.platform.web.FormErrors;
import se.bygdeportalen.platform.web.Forms;
import se.bygdeportalen.platform.web.LangResolution;
import se.bygdeportalen.platform.web.TranslatableInput;
import se.bygdeportalen.site.internal.AccessibilityRepository;
import se.bygdeportalen.site.internal.AccessibilityStatement;
import se.bygdeportalen.site.internal.AddAccessibilityIssue;
import se.bygdeportalen.site.internal.RemoveAccessibilityIssue;
import se.bygdeportalen.site.internal.UpdateAccessibilityStatement;

/** Communicators keep the accessibility statement and its list of known problems up to date. */
@Controller
@StaffOnly({Role.COMMUNICATOR, Role.ADMINISTRATOR})
class AccessibilityAdminPages {

    private final AccessibilityRepository repository;
    private final UpdateAccessibilityStatement update;
    private final AddAccessibilityIssue addIssue;
    private final RemoveAccessibilityIssue removeIssue;
    private final Messages messages;

    AccessibilityAdminPages(
            AccessibilityRepository repository,
            UpdateAccessibilityStatement update,
            AddAccessibilityIssue addIssue,
            RemoveAccessibilityIssue removeIssue,
            Messages messages) {
        this.repository = repository;
        this.update = update;
        this.addIssue = addIssue;
        this.removeIssue = removeIssue;
        this.messages = messages;
    }

    @GetMapping("/admin/tillganglighet")
    String page(Model model, HttpServletRequest request) {
        AccessibilityStatement s = repository.load();
        model.addAttribute("statementForm", AccessibilityForms.StatementForm.of(s));
        model.addAttribute("issueForm", AccessibilityForms.IssueForm.empty());
        return render(model, s, FormErrors.none(), FormErrors.none(), request.getParameter("sparat") != null);
    }

    @PostMapping("/admin/tillganglighet")
    String save(
            @Valid @ModelAttribute("statementForm") AccessibilityForms.StatementForm form,
            BindingResult binding,
            Actor actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        TranslatableText burden =
                TranslatableInput.read(form.disproportionateBurden(), "disproportionateBurden", false, 4000, binding);
        TranslatableText outOfScope = TranslatableInput.read(form.outOfScope(), "outOfScope", false, 4000, binding);
        if (Forms.saved(
                binding,
                response,
                () -> update.updateAccessibilityStatement(
                        new UpdateAccessibilityStatement.Command(
                                Parse.choice(AccessibilityStatement.Compliance.class, form.compliance()),
                                Parse.choice(AccessibilityStatement.Method.class, form.method()),
                                Parse.date(form.assessedOn()),
                                Parse.text(form.feedbackEmail()),
                                burden,
                                outOfScope),
                        actor))) {
            return "redirect:/admin/tillganglighet?sparat";
        }
        model.addAttribute("statementForm", form);
        model.addAttribute("issueForm", AccessibilityForms.IssueForm.empty());
        return render(
                model,
                repository.load(),
                errors(binding, "site.accessibility.form", AccessibilityForms.StatementForm.FIELDS, request),
                FormErrors.none(),
                false);
    }

    @PostMapping("/admin/tillganglighet/brister")
    String add(
            @Valid @ModelAttribute("issueForm") AccessibilityForms.IssueForm form,
            BindingResult binding,
            Actor actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        TranslatableText description = TranslatableInput.read(form.description(), "description", true, 2000, binding);
        if (Forms.saved(
                binding,
                response,
                () -> addIssue.addAccessibilityIssue(
                        new AddAccessibilityIssue.Command(
                                description, form.wcagCriteria(), Parse.date(form.plannedFix())),
                        actor))) {
            return "redirect:/admin/tillganglighet?sparat#issues";
        }
        model.addAttribute("issueForm", form);
        AccessibilityStatement s = repository.load();
        model.addAttribute("statementForm", AccessibilityForms.StatementForm.of(s));
        return render(
                model,
                s,
                FormErrors.none(),
                errors(binding, "site.accessibility.issue", AccessibilityForms.IssueForm.FIELDS, request),
                false);
    }

    @PostMapping("/admin/tillganglighet/brister/{id}/ta-bort")
    String remove(@PathVariable long id, Actor actor) {
        removeIssue.removeAccessibilityIssue(new RemoveAccessibilityIssue.Command(id), actor);
        return "redirect:/admin/tillganglighet?sparat#issues";
    }

    private String render(
            Model model,
            AccessibilityStatement statement,
            FormErrors statementErrors,
            FormErrors issueErrors,
            boolean saved) {
        model.addAttribute("statement", statement);
        model.addAttribute("statementErrors", statementErrors);
        model.addAttribute("issueErrors", issueErrors);
        model.addAttribute("saved", saved);
        return "site/accessibilityAdmin";
    }

    private FormErrors errors(BindingResult binding, String formKey, List<String> fields, HttpServletRequest request) {
        return FormErrors.of(binding, formKey, fields, messages, LangResolution.resolve(request));
    }
}
