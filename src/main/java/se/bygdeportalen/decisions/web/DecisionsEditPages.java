package se.bygdeportalen.decisions.web;

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
import se.bygdeportalen.decisions.internal.AgendaItem;
import se.bygdeportalen.decisions.internal.Decision;
import se.bygdeportalen.decisions.internal.DecisionContent;
import se.bygdeportalen.decisions.internal.EditAgendaItem;
import se.bygdeportalen.decisions.internal.EditDecision;
import se.bygdeportalen.decisions.internal.EditMeeting;
import se.bygdeportalen.decisions.internal.EditableRecords;
import se.bygdeportalen.decisions.internal.RemoveAgendaItem;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.security.StaffOnly;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.web.FormErrors;
import se.bygdeportalen.platform.web.LangResolution;
import se.bygdeportalen.platform.web.TranslatableInput;

/**
 * Registrars correct a meeting's details, an agenda item or a decision, and remove an unused
 * agenda item: 400 for bad input, 422 for a time-limit warning; 409 once the minutes are approved
 * and 403 for another body's records come as problems. Every change is a use case that audits it.
 */
@Controller
@StaffOnly({Role.REGISTRAR, Role.ADMINISTRATOR})
public class DecisionsEditPages {

    private final MeetingViews views;
    private final EditableRecords editable;
    private final EditMeeting editMeeting;
    private final EditAgendaItem editItem;
    private final RemoveAgendaItem removeItem;
    private final EditDecision editDecision;
    private final DecisionsAdminPages admin;
    private final Warnings warnings;

    DecisionsEditPages(
            MeetingViews views,
            EditableRecords editable,
            EditMeeting editMeeting,
            EditAgendaItem editItem,
            RemoveAgendaItem removeItem,
            EditDecision editDecision,
            DecisionsAdminPages admin,
            Warnings warnings) {
        this.views = views;
        this.editable = editable;
        this.editMeeting = editMeeting;
        this.editItem = editItem;
        this.removeItem = removeItem;
        this.editDecision = editDecision;
        this.admin = admin;
        this.warnings = warnings;
    }

    @GetMapping("/admin/sammantraden/{id}/andra")
    String meetingForm(@PathVariable long id, Actor.Staff actor, Model model) {
        return meetingPage(
                id,
                model,
                DecisionsForms.MeetingEditForm.of(editable.meeting(id, actor)),
                FormErrors.none(),
                List.of());
    }

    @PostMapping("/admin/sammantraden/{id}/andra")
    String editMeeting(
            @PathVariable long id,
            @Valid @ModelAttribute("form") DecisionsForms.MeetingEditForm form,
            BindingResult binding,
            Actor.Staff actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        DecisionsAdminPages.crossCheck(form.startsAt(), form.endsAt(), form.onlineLink(), binding);
        Result result = binding.hasErrors()
                ? null
                : editMeeting.editMeeting(
                        new EditMeeting.Command(id, form.details(), form.warningOverride(), views.today()), actor);
        if (result instanceof Result.Saved) {
            return "redirect:/admin/sammantraden/" + id + "?sparat=edited";
        }
        if (result == null) {
            editable.meeting(id, actor);
        }
        response.setStatus(DecisionsAdminPages.status(result));
        Lang lang = LangResolution.resolve(request);
        return meetingPage(
                id,
                model,
                form,
                admin.errors(binding, result, "decisions.meeting", DecisionsForms.MeetingEditForm.FIELDS, lang),
                warnings.texts(result, lang));
    }

    private String meetingPage(
            long id, Model model, DecisionsForms.MeetingEditForm form, FormErrors errors, List<String> warningTexts) {
        model.addAttribute("view", views.meeting(id).orElseThrow(Problem::notFound));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("warnings", warningTexts);
        return "decisions/admin/editMeeting";
    }

    @GetMapping("/admin/sammantraden/{id}/arenden/{itemId}/andra")
    String itemForm(@PathVariable long id, @PathVariable long itemId, Actor.Staff actor, Model model) {
        AgendaItem item = editable.item(id, itemId, actor);
        return itemPage(
                id,
                item,
                model,
                new DecisionsForms.AgendaItemEditForm(item.caseNumber(), TranslatableInput.values(item.title())),
                FormErrors.none());
    }

    @PostMapping("/admin/sammantraden/{id}/arenden/{itemId}/andra")
    String editItem(
            @PathVariable long id,
            @PathVariable long itemId,
            @Valid @ModelAttribute("form") DecisionsForms.AgendaItemEditForm form,
            BindingResult binding,
            Actor.Staff actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        TranslatableText title =
                TranslatableInput.read(form.title(), "title", true, DecisionContent.MAX_TITLE, binding);
        DecisionsAdminPages.caseNumberCheck(form.caseNumber(), binding);
        Result result = binding.hasErrors()
                ? null
                : editItem.editAgendaItem(new EditAgendaItem.Command(id, itemId, form.caseNumber(), title), actor);
        if (result instanceof Result.Saved) {
            return "redirect:/admin/sammantraden/" + id + "?sparat=itemedited#dagordning";
        }
        response.setStatus(DecisionsAdminPages.status(result));
        return itemPage(
                id,
                editable.item(id, itemId, actor),
                model,
                form,
                admin.errors(
                        binding,
                        result,
                        "decisions.item",
                        DecisionsForms.AgendaItemEditForm.FIELDS,
                        LangResolution.resolve(request)));
    }

    @PostMapping("/admin/sammantraden/{id}/arenden/{itemId}/ta-bort")
    String removeItem(@PathVariable long id, @PathVariable long itemId, Actor.Staff actor) {
        removeItem.removeAgendaItem(new RemoveAgendaItem.Command(id, itemId), actor);
        return "redirect:/admin/sammantraden/" + id + "?sparat=itemremoved#dagordning";
    }

    private String itemPage(
            long id, AgendaItem item, Model model, DecisionsForms.AgendaItemEditForm form, FormErrors errors) {
        model.addAttribute("view", views.meeting(id).orElseThrow(Problem::notFound));
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "decisions/admin/editItem";
    }

    @GetMapping("/admin/sammantraden/{id}/beslut/{decisionId}/andra")
    String decisionForm(@PathVariable long id, @PathVariable long decisionId, Actor.Staff actor, Model model) {
        Decision d = editable.decision(id, decisionId, actor);
        return decisionPage(
                id, d, model, DecisionsForms.DecisionForm.of(d, editDecision.earlierText(d)), FormErrors.none());
    }

    @PostMapping("/admin/sammantraden/{id}/beslut/{decisionId}/andra")
    String editDecision(
            @PathVariable long id,
            @PathVariable long decisionId,
            @Valid @ModelAttribute("form") DecisionsForms.DecisionForm form,
            BindingResult binding,
            Actor.Staff actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        DecisionContent content = DecisionsAdminPages.decisionContent(form, binding);
        Result result = binding.hasErrors()
                ? null
                : editDecision.editDecision(new EditDecision.Command(id, decisionId, content), actor);
        if (result instanceof Result.Saved) {
            return "redirect:/admin/sammantraden/" + id + "?sparat=decisionedited#beslut";
        }
        response.setStatus(DecisionsAdminPages.status(result));
        return decisionPage(
                id,
                editable.decision(id, decisionId, actor),
                model,
                form,
                admin.errors(
                        binding,
                        result,
                        "decisions.decision",
                        DecisionsForms.DecisionForm.FIELDS,
                        LangResolution.resolve(request)));
    }

    private String decisionPage(
            long id, Decision decision, Model model, DecisionsForms.DecisionForm form, FormErrors errors) {
        model.addAttribute("view", views.meeting(id).orElseThrow(Problem::notFound));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("proposals", List.of());
        model.addAttribute("decision", decision);
        return "decisions/admin/decision";
    }
}
