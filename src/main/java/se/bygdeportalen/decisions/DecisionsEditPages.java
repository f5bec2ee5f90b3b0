package se.bygdeportalen.decisions;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.security.StaffOnly;
import se.bygdeportalen.platform.web.FormErrors;
import se.bygdeportalen.platform.web.LangResolution;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.web.TranslatableInput;

/**
 * Registrars correct a meeting's details, an agenda item or a decision, and remove an unused
 * agenda item: 400 for bad input, 422 for a time-limit warning, 409 once the minutes are approved,
 * 403 for another body's records. Every change is a use case that audits it.
 */
@Controller
@StaffOnly({Role.REGISTRAR, Role.ADMINISTRATOR})
public class DecisionsEditPages {

    private final MeetingViews views;
    private final EditMeeting editMeeting;
    private final EditAgendaItem editItem;
    private final EditDecision editDecision;
    private final DecisionsAdminPages admin;
    private final Messages messages;
    private final DecisionsProperties settings;

    DecisionsEditPages(MeetingViews views, EditMeeting editMeeting, EditAgendaItem editItem, EditDecision editDecision, DecisionsAdminPages admin,
                       Messages messages, DecisionsProperties settings) {
        this.views = views;
        this.editMeeting = editMeeting;
        this.editItem = editItem;
        this.editDecision = editDecision;
        this.admin = admin;
        this.messages = messages;
        this.settings = settings;
    }

    @GetMapping("/admin/sammantraden/{id}/andra")
    String meetingForm(@PathVariable long id, Model model, HttpServletRequest request, HttpServletResponse response) {
        return guarded(() -> meetingPage(id, model, DecisionsForms.MeetingEditForm.of(editMeeting.editable(id)), FormErrors.none(), List.of()),
                model, request, response);
    }

    @PostMapping("/admin/sammantraden/{id}/andra")
    String editMeeting(@PathVariable long id, @ModelAttribute("form") DecisionsForms.MeetingEditForm form, BindingResult result, Model model,
                       HttpServletRequest request, HttpServletResponse response) {
        return guarded(() -> {
            Outcome outcome = editMeeting.edit(id, form, result);
            if (outcome.isSaved()) {
                return "redirect:/admin/sammantraden/" + id + "?sparat=edited";
            }
            response.setStatus(outcome.needsConfirmation() ? 422 : 400);
            Lang lang = LangResolution.resolve(request);
            return meetingPage(id, model, form, admin.errors(result, "decisions.meeting", DecisionsForms.MeetingEditForm.FIELDS, lang),
                    DecisionsAdminPages.warnings(outcome.warnings(), DecisionsAdminPages.safeDate(form.date()), null, lang, views, messages, settings));
        }, model, request, response);
    }

    private String meetingPage(long id, Model model, DecisionsForms.MeetingEditForm form, FormErrors errors, List<String> warnings) {
        model.addAttribute("view", views.meeting(id).orElseThrow(Problem::notFound));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("warnings", warnings);
        return "decisions/admin/editMeeting";
    }

    @GetMapping("/admin/sammantraden/{id}/arenden/{itemId}/andra")
    String itemForm(@PathVariable long id, @PathVariable long itemId, Model model, HttpServletRequest request, HttpServletResponse response) {
        return guarded(() -> {
            AgendaItem item = editItem.editable(id, itemId);
            return itemPage(id, item, model, new DecisionsForms.AgendaItemEditForm(item.caseNumber(), TranslatableInput.values(item.title())),
                    FormErrors.none());
        }, model, request, response);
    }

    @PostMapping("/admin/sammantraden/{id}/arenden/{itemId}/andra")
    String editItem(@PathVariable long id, @PathVariable long itemId, @ModelAttribute("form") DecisionsForms.AgendaItemEditForm form,
                    BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response) {
        return guarded(() -> {
            if (editItem.edit(id, itemId, form, result)) {
                return "redirect:/admin/sammantraden/" + id + "?sparat=itemedited#dagordning";
            }
            response.setStatus(400);
            return itemPage(id, editItem.editable(id, itemId), model, form,
                    admin.errors(result, "decisions.item", DecisionsForms.AgendaItemEditForm.FIELDS, LangResolution.resolve(request)));
        }, model, request, response);
    }

    @PostMapping("/admin/sammantraden/{id}/arenden/{itemId}/ta-bort")
    String removeItem(@PathVariable long id, @PathVariable long itemId, Model model, HttpServletRequest request, HttpServletResponse response) {
        return guarded(() -> {
            editItem.remove(id, itemId);
            return "redirect:/admin/sammantraden/" + id + "?sparat=itemremoved#dagordning";
        }, model, request, response);
    }

    private String itemPage(long id, AgendaItem item, Model model, DecisionsForms.AgendaItemEditForm form, FormErrors errors) {
        model.addAttribute("view", views.meeting(id).orElseThrow(Problem::notFound));
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "decisions/admin/editItem";
    }

    @GetMapping("/admin/sammantraden/{id}/beslut/{decisionId}/andra")
    String decisionForm(@PathVariable long id, @PathVariable long decisionId, Model model, HttpServletRequest request, HttpServletResponse response) {
        return guarded(() -> {
            Decision d = editDecision.editable(id, decisionId);
            return decisionPage(id, d, model, DecisionsForms.DecisionForm.of(d, editDecision.earlierText(d)), FormErrors.none());
        }, model, request, response);
    }

    @PostMapping("/admin/sammantraden/{id}/beslut/{decisionId}/andra")
    String editDecision(@PathVariable long id, @PathVariable long decisionId, @ModelAttribute("form") DecisionsForms.DecisionForm form,
                        BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response) {
        return guarded(() -> {
            if (editDecision.edit(id, decisionId, form, result)) {
                return "redirect:/admin/sammantraden/" + id + "?sparat=decisionedited#beslut";
            }
            response.setStatus(400);
            return decisionPage(id, editDecision.editable(id, decisionId), model, form,
                    admin.errors(result, "decisions.decision", DecisionsForms.DecisionForm.FIELDS, LangResolution.resolve(request)));
        }, model, request, response);
    }

    private String decisionPage(long id, Decision decision, Model model, DecisionsForms.DecisionForm form, FormErrors errors) {
        model.addAttribute("view", views.meeting(id).orElseThrow(Problem::notFound));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("proposals", List.of());
        model.addAttribute("decision", decision);
        return "decisions/admin/decision";
    }

    private String guarded(java.util.function.Supplier<String> handler, Model model, HttpServletRequest request, HttpServletResponse response) {
        return admin.guarded(handler, model, request, response);
    }
}
