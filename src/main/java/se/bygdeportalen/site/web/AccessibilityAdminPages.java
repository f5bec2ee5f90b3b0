package se.bygdeportalen.site;

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

import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.security.StaffOnly;
import se.bygdeportalen.platform.web.FormErrors;
import se.bygdeportalen.platform.web.LangResolution;

/** Communicators keep the accessibility statement and its list of known problems up to date. */
@Controller
@StaffOnly({Role.COMMUNICATOR, Role.ADMINISTRATOR})
class AccessibilityAdminPages {

    private final AccessibilityRepository repository;
    private final UpdateAccessibilityStatement update;
    private final AddAccessibilityIssue addIssue;
    private final RemoveAccessibilityIssue removeIssue;
    private final Messages messages;

    AccessibilityAdminPages(AccessibilityRepository repository, UpdateAccessibilityStatement update, AddAccessibilityIssue addIssue,
                            RemoveAccessibilityIssue removeIssue, Messages messages) {
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
    String save(@Valid @ModelAttribute("statementForm") AccessibilityForms.StatementForm form, BindingResult result,
                Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!update.update(form, result)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("statementForm", form);
            model.addAttribute("issueForm", AccessibilityForms.IssueForm.empty());
            return render(model, repository.load(), errors(result, "site.accessibility.form", AccessibilityForms.StatementForm.FIELDS, request),
                    FormErrors.none(), false);
        }
        return "redirect:/admin/tillganglighet?sparat";
    }

    @PostMapping("/admin/tillganglighet/brister")
    String add(@Valid @ModelAttribute("issueForm") AccessibilityForms.IssueForm form, BindingResult result,
               Model model, HttpServletRequest request, HttpServletResponse response) {
        if (addIssue.add(form, result) < 0) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("issueForm", form);
            AccessibilityStatement s = repository.load();
            model.addAttribute("statementForm", AccessibilityForms.StatementForm.of(s));
            return render(model, s, FormErrors.none(), errors(result, "site.accessibility.issue", AccessibilityForms.IssueForm.FIELDS, request), false);
        }
        return "redirect:/admin/tillganglighet?sparat#issues";
    }

    @PostMapping("/admin/tillganglighet/brister/{id}/ta-bort")
    String remove(@PathVariable long id) {
        removeIssue.remove(id);
        return "redirect:/admin/tillganglighet?sparat#issues";
    }

    private String render(Model model, AccessibilityStatement statement, FormErrors statementErrors, FormErrors issueErrors, boolean saved) {
        model.addAttribute("statement", statement);
        model.addAttribute("statementErrors", statementErrors);
        model.addAttribute("issueErrors", issueErrors);
        model.addAttribute("saved", saved);
        return "site/accessibilityAdmin";
    }

    private FormErrors errors(BindingResult result, String formKey, java.util.List<String> fields, HttpServletRequest request) {
        return FormErrors.of(result, formKey, fields, messages, LangResolution.resolve(request));
    }
}
