package se.bygdeportalen.decisions;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.Member;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.files.FileRejectedException;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.security.StaffOnly;
import se.bygdeportalen.platform.web.FormErrors;
import se.bygdeportalen.platform.web.LangResolution;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.proposals.ProposalReference;
import se.bygdeportalen.proposals.Proposals;

/**
 * Registrars plan meetings, build agendas, publish notices, record decisions and approve minutes.
 * Thin: every change is a use case; this class turns their outcomes into pages and statuses
 * (400 for bad input, 409 for a closed meeting, 403 for another body's records, 413/415/422 for
 * refused uploads, 422 for a time-limit warning awaiting the registrar's conscious override).
 */
@Controller
@StaffOnly({Role.REGISTRAR, Role.ADMINISTRATOR})
public class DecisionsAdminPages {

    private final MeetingRepository meetings;
    private final MeetingViews views;
    private final Organisation organisation;
    private final Proposals proposals;
    private final BodyAccess access;
    private final PlanMeeting plan;
    private final PublishNotice publish;
    private final CancelMeeting cancel;
    private final AddAgendaItem addItem;
    private final AddMeetingDocument addDocument;
    private final RecordDecision recordDecision;
    private final ApproveMinutes approve;
    private final UploadMinutes uploadMinutes;
    private final Messages messages;
    private final DecisionsProperties settings;

    DecisionsAdminPages(MeetingRepository meetings, MeetingViews views, Organisation organisation, Proposals proposals, BodyAccess access,
                        PlanMeeting plan, PublishNotice publish, CancelMeeting cancel, AddAgendaItem addItem, AddMeetingDocument addDocument,
                        RecordDecision recordDecision, ApproveMinutes approve, UploadMinutes uploadMinutes, Messages messages,
                        DecisionsProperties settings) {
        this.meetings = meetings;
        this.views = views;
        this.organisation = organisation;
        this.proposals = proposals;
        this.access = access;
        this.plan = plan;
        this.publish = publish;
        this.cancel = cancel;
        this.addItem = addItem;
        this.addDocument = addDocument;
        this.recordDecision = recordDecision;
        this.approve = approve;
        this.uploadMinutes = uploadMinutes;
        this.messages = messages;
        this.settings = settings;
    }

    /** The forms of the meeting page with their errors and warnings; only the submitted one differs from empty. */
    public record MeetingForms(DecisionsForms.AgendaItemForm item, FormErrors itemErrors,
                               DecisionsForms.DocumentForm document, FormErrors documentErrors,
                               DecisionsForms.NoticeForm notice, FormErrors noticeErrors, List<String> noticeWarnings,
                               DecisionsForms.ApprovalForm approval, FormErrors approvalErrors, List<String> approvalWarnings,
                               DecisionsForms.CancelForm cancel, FormErrors cancelErrors, FormErrors minutesErrors) {
        static MeetingForms empty(LocalDate today) {
            return new MeetingForms(new DecisionsForms.AgendaItemForm(null, null, null), FormErrors.none(),
                    new DecisionsForms.DocumentForm(null, null), FormErrors.none(),
                    new DecisionsForms.NoticeForm(null, null), FormErrors.none(), List.of(),
                    new DecisionsForms.ApprovalForm(today.toString(), List.of(), null, null, null), FormErrors.none(), List.of(),
                    new DecisionsForms.CancelForm(null), FormErrors.none(), FormErrors.none());
        }
    }

    /** A recorded override as the meeting page lists it. */
    public record OverrideRow(String rule, String reason, String at) {
    }

    @GetMapping("/admin/sammantraden")
    String list(@RequestParam(required = false) String body, Model model, HttpServletRequest request) {
        Body chosen = body == null || body.isBlank() ? null : organisation.body(body.strip()).orElse(null);
        Long bodyId = chosen == null ? null : chosen.id();
        var names = views.bodyNames();
        LocalDate today = views.today();
        model.addAttribute("upcoming", views.rows(meetings.upcoming(today, bodyId, MeetingPages.UPCOMING_LIMIT), names));
        model.addAttribute("past", views.rows(meetings.past(today, bodyId, null, 0, 30), names));
        model.addAttribute("bodies", organisation.bodies());
        model.addAttribute("body", chosen == null ? "" : chosen.slug());
        return "decisions/admin/list";
    }

    @GetMapping("/admin/sammantraden/ny")
    String newMeeting(Model model) {
        return meetingForm(model, DecisionsForms.MeetingForm.empty(), FormErrors.none(), List.of());
    }

    @PostMapping("/admin/sammantraden/ny")
    String planMeeting(@ModelAttribute("form") DecisionsForms.MeetingForm form, BindingResult result, Model model,
                       HttpServletRequest request, HttpServletResponse response) {
        return guarded(() -> {
            Outcome outcome = plan.plan(form, result);
            if (outcome.isSaved()) {
                return "redirect:/admin/sammantraden/" + outcome.id() + "?sparat=planned";
            }
            response.setStatus(outcome.needsConfirmation() ? 422 : 400);
            Lang lang = LangResolution.resolve(request);
            LocalDate date = safeDate(form.date());
            return meetingForm(model, form, errors(result, "decisions.meeting", DecisionsForms.MeetingForm.FIELDS, lang),
                    warnings(outcome.warnings(), date, null, lang));
        }, model, request, response);
    }

    private String meetingForm(Model model, DecisionsForms.MeetingForm form, FormErrors errors, List<String> warnings) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("warnings", warnings);
        model.addAttribute("bodies", organisation.bodies().stream().filter(b -> access.allows(b.id())).toList());
        return "decisions/admin/new";
    }

    @GetMapping("/admin/sammantraden/{id}")
    String meeting(@PathVariable long id, @RequestParam(required = false) String sparat, Model model) {
        return meetingPage(id, model, MeetingForms.empty(views.today()), sparat);
    }

    @PostMapping("/admin/sammantraden/{id}/kallelse")
    String publishNotice(@PathVariable long id, @ModelAttribute("notice") DecisionsForms.NoticeForm form, BindingResult result, Model model,
                         HttpServletRequest request, HttpServletResponse response) {
        return guarded(() -> {
            LocalDate today = views.today();
            Outcome outcome = publish.publish(id, today, form, result);
            if (outcome.isSaved()) {
                return "redirect:/admin/sammantraden/" + id + "?sparat=notice#kallelse";
            }
            response.setStatus(outcome.needsConfirmation() ? 422 : 400);
            Lang lang = LangResolution.resolve(request);
            Meeting m = meetings.find(id).orElseThrow(Problem::notFound);
            MeetingForms e = MeetingForms.empty(today);
            return meetingPage(id, model, new MeetingForms(e.item(), e.itemErrors(), e.document(), e.documentErrors(), form,
                    errors(result, "decisions.notice", DecisionsForms.NoticeForm.FIELDS, lang), warnings(outcome.warnings(), m.date(), null, lang),
                    e.approval(), e.approvalErrors(), e.approvalWarnings(), e.cancel(), e.cancelErrors(), e.minutesErrors()), null);
        }, model, request, response);
    }

    @PostMapping("/admin/sammantraden/{id}/installt")
    String cancelMeeting(@PathVariable long id, @ModelAttribute("cancel") DecisionsForms.CancelForm form, BindingResult result, Model model,
                         HttpServletRequest request, HttpServletResponse response) {
        return guarded(() -> {
            if (cancel.cancel(id, form, result)) {
                return "redirect:/admin/sammantraden/" + id + "?sparat=cancelled";
            }
            response.setStatus(400);
            MeetingForms e = MeetingForms.empty(views.today());
            return meetingPage(id, model, new MeetingForms(e.item(), e.itemErrors(), e.document(), e.documentErrors(), e.notice(), e.noticeErrors(),
                    e.noticeWarnings(), e.approval(), e.approvalErrors(), e.approvalWarnings(), form,
                    errors(result, "decisions.cancel", DecisionsForms.CancelForm.FIELDS, LangResolution.resolve(request)), e.minutesErrors()), null);
        }, model, request, response);
    }

    @PostMapping("/admin/sammantraden/{id}/arenden")
    String addAgendaItem(@PathVariable long id, @ModelAttribute("item") DecisionsForms.AgendaItemForm form, BindingResult result, Model model,
                         HttpServletRequest request, HttpServletResponse response) {
        return guarded(() -> {
            if (addItem.add(id, form, result) >= 0) {
                return "redirect:/admin/sammantraden/" + id + "?sparat=item#dagordning";
            }
            response.setStatus(400);
            MeetingForms e = MeetingForms.empty(views.today());
            return meetingPage(id, model, new MeetingForms(form, errors(result, "decisions.item", DecisionsForms.AgendaItemForm.FIELDS,
                    LangResolution.resolve(request)), e.document(), e.documentErrors(), e.notice(), e.noticeErrors(), e.noticeWarnings(),
                    e.approval(), e.approvalErrors(), e.approvalWarnings(), e.cancel(), e.cancelErrors(), e.minutesErrors()), null);
        }, model, request, response);
    }

    @PostMapping("/admin/sammantraden/{id}/dokument")
    String addDocument(@PathVariable long id, @ModelAttribute("document") DecisionsForms.DocumentForm form, BindingResult result,
                       @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                       HttpServletRequest request, HttpServletResponse response) {
        return guarded(() -> {
            if (addDocument.add(id, form, file, result) >= 0) {
                return "redirect:/admin/sammantraden/" + id + "?sparat=document#handlingar";
            }
            response.setStatus(uploadStatus(result));
            MeetingForms e = MeetingForms.empty(views.today());
            return meetingPage(id, model, new MeetingForms(e.item(), e.itemErrors(), form, errors(result, "decisions.document",
                    DecisionsForms.DocumentForm.FIELDS, LangResolution.resolve(request)), e.notice(), e.noticeErrors(), e.noticeWarnings(),
                    e.approval(), e.approvalErrors(), e.approvalWarnings(), e.cancel(), e.cancelErrors(), e.minutesErrors()), null);
        }, model, request, response);
    }

    @PostMapping("/admin/sammantraden/{id}/justering")
    String approveMinutes(@PathVariable long id, @ModelAttribute("approval") DecisionsForms.ApprovalForm form, BindingResult result, Model model,
                          HttpServletRequest request, HttpServletResponse response) {
        return guarded(() -> {
            LocalDate today = views.today();
            Outcome outcome = approve.approve(id, today, form, result);
            if (outcome.isSaved()) {
                return "redirect:/admin/sammantraden/" + id + "?sparat=approved#justering";
            }
            response.setStatus(outcome.needsConfirmation() ? 422 : 400);
            Lang lang = LangResolution.resolve(request);
            Meeting m = meetings.find(id).orElseThrow(Problem::notFound);
            MeetingForms e = MeetingForms.empty(today);
            return meetingPage(id, model, new MeetingForms(e.item(), e.itemErrors(), e.document(), e.documentErrors(), e.notice(), e.noticeErrors(),
                    e.noticeWarnings(), form, errors(result, "decisions.approval", DecisionsForms.ApprovalForm.FIELDS, lang),
                    warnings(outcome.warnings(), m.date(), safeDate(form.approvedOn()), lang), e.cancel(), e.cancelErrors(), e.minutesErrors()), null);
        }, model, request, response);
    }

    @PostMapping("/admin/sammantraden/{id}/protokoll")
    String uploadMinutes(@PathVariable long id, @ModelAttribute("minutes") DecisionsForms.MinutesForm form, BindingResult result,
                         @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                         HttpServletRequest request, HttpServletResponse response) {
        return guarded(() -> {
            if (uploadMinutes.upload(id, file, result)) {
                return "redirect:/admin/sammantraden/" + id + "?sparat=minutes#justering";
            }
            response.setStatus(uploadStatus(result));
            MeetingForms e = MeetingForms.empty(views.today());
            return meetingPage(id, model, new MeetingForms(e.item(), e.itemErrors(), e.document(), e.documentErrors(), e.notice(), e.noticeErrors(),
                    e.noticeWarnings(), e.approval(), e.approvalErrors(), e.approvalWarnings(), e.cancel(), e.cancelErrors(),
                    errors(result, "decisions.minutesUpload", DecisionsForms.MinutesForm.FIELDS, LangResolution.resolve(request))), null);
        }, model, request, response);
    }

    @GetMapping("/admin/sammantraden/{id}/beslut/ny")
    String newDecision(@PathVariable long id, @RequestParam(required = false) String item, Model model, HttpServletRequest request,
                       HttpServletResponse response) {
        DecisionsForms.DecisionForm empty = DecisionsForms.DecisionForm.empty();
        DecisionsForms.DecisionForm form = item == null ? empty : new DecisionsForms.DecisionForm(item, null, null, null, null, null, null,
                null, null, null, null, "MISSING", null, null, null, null, null, "MISSING", null, "MISSING", null);
        return guarded(() -> decisionForm(id, model, form, FormErrors.none()), model, request, response);
    }

    @PostMapping("/admin/sammantraden/{id}/beslut/ny")
    String recordDecision(@PathVariable long id, @ModelAttribute("form") DecisionsForms.DecisionForm form, BindingResult result, Model model,
                          HttpServletRequest request, HttpServletResponse response) {
        return guarded(() -> {
            long decisionId = recordDecision.record(id, form, result);
            if (decisionId >= 0) {
                return "redirect:/admin/sammantraden/" + id + "?sparat=decision#beslut";
            }
            response.setStatus(400);
            return decisionForm(id, model, form, errors(result, "decisions.decision", DecisionsForms.DecisionForm.FIELDS, LangResolution.resolve(request)));
        }, model, request, response);
    }

    private String decisionForm(long id, Model model, DecisionsForms.DecisionForm form, FormErrors errors) {
        MeetingViews.MeetingView view = views.meeting(id).orElseThrow(Problem::notFound);
        access.check(view.meeting().bodyId());
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("proposals", List.<ProposalReference>of());
        return "decisions/admin/decision";
    }

    private String meetingPage(long id, Model model, MeetingForms forms, String saved) {
        MeetingViews.MeetingView view = views.meeting(id).orElseThrow(Problem::notFound);
        Meeting m = view.meeting();
        model.addAttribute("view", view);
        model.addAttribute("forms", forms);
        model.addAttribute("saved", saved == null || !saved.matches("[a-z]{1,20}") ? null : saved);
        model.addAttribute("mayEdit", access.allows(m.bodyId()));
        List<Member> members = organisation.members(m.bodyId(), m.date());
        model.addAttribute("members", members);
        List<ProposalReference> awaiting = List.of();
        model.addAttribute("proposals", awaiting);
        List<OverrideRow> overrides = new ArrayList<>();
        DateFormats f = new DateFormats(Lang.SV);
        for (MeetingRepository.Override o : meetings.overrides(id)) {
            overrides.add(new OverrideRow(o.rule().name(), o.reason(), f.dateTime(o.at())));
        }
        model.addAttribute("overrides", overrides);
        model.addAttribute("today", views.today());
        return "decisions/admin/meeting";
    }

    /** Runs a handler; a closed meeting or another body's records end on the refusal page (with the model's {@code ctx}). */
    String guarded(java.util.function.Supplier<String> handler, Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            return handler.get();
        } catch (OtherBodyException e) {
            return otherBody(model, request, response);
        } catch (MeetingClosedException e) {
            return closed(e, model, request, response);
        }
    }

    private String otherBody(Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("title", messages.get(LangResolution.resolve(request), "decisions.admin.refusedTitle"));
        model.addAttribute("message", messages.get(LangResolution.resolve(request), "decisions.admin.otherBody"));
        model.addAttribute("back", "/admin/sammantraden");
        return "decisions/admin/refused";
    }

    private String closed(MeetingClosedException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        Lang lang = LangResolution.resolve(request);
        model.addAttribute("title", messages.get(lang, "decisions.admin.conflictTitle"));
        model.addAttribute("message", messages.get(lang, e.messageKey()));
        String path = LangResolution.originalPath(request);
        java.util.regex.Matcher idMatch = java.util.regex.Pattern.compile("^/admin/sammantraden/(\\d+)").matcher(path == null ? "" : path);
        model.addAttribute("back", idMatch.find() ? "/admin/sammantraden/" + idMatch.group(1) : "/admin/sammantraden");
        return "decisions/admin/refused";
    }

    /** The warning texts, each with the rule's last allowed day. */
    private List<String> warnings(List<Rule> rules, LocalDate meetingDate, LocalDate approvedOn, Lang lang) {
        return warnings(rules, meetingDate, approvedOn, lang, views, messages, settings);
    }

    /** The warning texts, each with the rule's last allowed day, the days left and the days the rule asks for. */
    static List<String> warnings(List<Rule> rules, LocalDate meetingDate, LocalDate approvedOn, Lang lang, MeetingViews views, Messages messages,
                                 DecisionsProperties settings) {
        DateFormats f = new DateFormats(lang);
        List<String> texts = new ArrayList<>();
        for (Rule rule : rules) {
            LocalDate deadline = meetingDate == null ? null : Rule.deadline(rule, meetingDate, approvedOn == null ? views.today() : approvedOn, settings);
            long days = meetingDate == null ? 0 : ChronoUnit.DAYS.between(views.today(), meetingDate);
            texts.add(messages.get(lang, rule.messageKey(), deadline == null ? "" : f.date(deadline), days, settings.committeeNoticeDays()));
        }
        return texts;
    }

    FormErrors errors(BindingResult result, String formKey, List<String> fields, Lang lang) {
        return FormErrors.of(result, formKey, fields, messages, lang);
    }

    /** 413 for a file too large, 415 for the wrong type, 422 for other refused files, 400 for other errors. */
    static int uploadStatus(BindingResult result) {
        FieldError file = result.getFieldError("file");
        if (file == null) {
            return 400;
        }
        return switch (String.valueOf(file.getCode())) {
            case FileRejectedException.TOO_LARGE -> 413;
            case FileRejectedException.TYPE -> 415;
            default -> 422;
        };
    }

    static LocalDate safeDate(String raw) {
        try {
            return raw == null ? null : LocalDate.parse(raw.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
