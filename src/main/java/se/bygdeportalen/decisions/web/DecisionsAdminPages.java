package se.bygdeportalen.decisions.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import se.bygdeportalen.decisions.internal.AddAgendaItem;
import se.bygdeportalen.decisions.internal.AddMeetingDocument;
import se.bygdeportalen.decisions.internal.ApproveMinutes;
import se.bygdeportalen.decisions.internal.AwaitingProposals;
import se.bygdeportalen.decisions.internal.BodyAccess;
import se.bygdeportalen.decisions.internal.CancelMeeting;
import se.bygdeportalen.decisions.internal.DecisionContent;
import se.bygdeportalen.decisions.internal.Meeting;
import se.bygdeportalen.decisions.internal.MeetingDetails;
import se.bygdeportalen.decisions.internal.MeetingRepository;
import se.bygdeportalen.decisions.internal.PlanMeeting;
import se.bygdeportalen.decisions.internal.PublishNotice;
import se.bygdeportalen.decisions.internal.RecordDecision;
import se.bygdeportalen.decisions.internal.Upload;
import se.bygdeportalen.decisions.internal.UploadMinutes;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.Member;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.security.StaffOnly;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;
import se.bygdeportalen.platform.validation.Parse;
import se.bygdeportalen.platform.web.FormErrors;
import se.bygdeportalen.platform.web.Forms;
import se.bygdeportalen.platform.web.LangResolution;
import se.bygdeportalen.platform.web.TranslatableInput;
import se.bygdeportalen.proposals.ProposalReference;

/**
 * Registrars plan meetings, build agendas, publish notices, record decisions and approve minutes.
 * Thin: every change is a use case; this class turns their results into pages and statuses
 * (400 for bad input, 413/415/422 for refused uploads, 422 for a time-limit warning awaiting the
 * registrar's conscious override). A closed meeting (409) and another body's records (403) are
 * problems the platform renders.
 */
@Controller
@StaffOnly({Role.REGISTRAR, Role.ADMINISTRATOR})
public class DecisionsAdminPages {

    private final MeetingRepository meetings;
    private final MeetingViews views;
    private final Organisation organisation;
    private final AwaitingProposals awaiting;
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
    private final Warnings warnings;

    DecisionsAdminPages(
            MeetingRepository meetings,
            MeetingViews views,
            Organisation organisation,
            AwaitingProposals awaiting,
            BodyAccess access,
            PlanMeeting plan,
            PublishNotice publish,
            CancelMeeting cancel,
            AddAgendaItem addItem,
            AddMeetingDocument addDocument,
            RecordDecision recordDecision,
            ApproveMinutes approve,
            UploadMinutes uploadMinutes,
            Messages messages,
            Warnings warnings) {
        this.meetings = meetings;
        this.views = views;
        this.organisation = organisation;
        this.awaiting = awaiting;
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
        this.warnings = warnings;
    }

    /** The forms of the meeting page with their errors and warnings; only the submitted one differs from empty. */
    public record MeetingForms(
            DecisionsForms.AgendaItemForm item,
            FormErrors itemErrors,
            DecisionsForms.DocumentForm document,
            FormErrors documentErrors,
            DecisionsForms.NoticeForm notice,
            FormErrors noticeErrors,
            List<String> noticeWarnings,
            DecisionsForms.ApprovalForm approval,
            FormErrors approvalErrors,
            List<String> approvalWarnings,
            DecisionsForms.CancelForm cancel,
            FormErrors cancelErrors,
            FormErrors minutesErrors) {
        static MeetingForms empty(LocalDate today) {
            return new MeetingForms(
                    new DecisionsForms.AgendaItemForm(null, null, null),
                    FormErrors.none(),
                    new DecisionsForms.DocumentForm(null, null),
                    FormErrors.none(),
                    new DecisionsForms.NoticeForm(null, null),
                    FormErrors.none(),
                    List.of(),
                    new DecisionsForms.ApprovalForm(today.toString(), List.of(), null, null, null),
                    FormErrors.none(),
                    List.of(),
                    new DecisionsForms.CancelForm(null),
                    FormErrors.none(),
                    FormErrors.none());
        }
    }

    /** A recorded override as the meeting page lists it. */
    public record OverrideRow(String rule, String reason, String at) {}

    @GetMapping("/admin/sammantraden")
    String list(@RequestParam(required = false) @Nullable String body, Model model) {
        Body chosen = body == null || body.isBlank()
                ? null
                : organisation.body(body.strip()).orElse(null);
        Long bodyId = chosen == null ? null : chosen.id();
        var names = views.bodyNames();
        LocalDate today = views.today();
        model.addAttribute(
                "upcoming", views.rows(meetings.upcoming(today, bodyId, MeetingPages.UPCOMING_LIMIT), names));
        model.addAttribute(
                "past",
                views.rows(
                        meetings.past(
                                        today,
                                        bodyId,
                                        null,
                                        new se.bygdeportalen.platform.api.KeysetRequest(
                                                "/admin/sammantraden", new java.util.TreeMap<>(), 30, null))
                                .items(),
                        names));
        model.addAttribute("bodies", organisation.bodies());
        model.addAttribute("body", chosen == null ? "" : chosen.slug());
        return "decisions/admin/list";
    }

    @GetMapping("/admin/sammantraden/ny")
    String newMeeting(Model model, Actor.Staff actor) {
        return meetingForm(model, DecisionsForms.MeetingForm.empty(), FormErrors.none(), List.of(), actor);
    }

    @PostMapping("/admin/sammantraden/ny")
    String planMeeting(
            @Valid @ModelAttribute("form") DecisionsForms.MeetingForm form,
            BindingResult binding,
            Actor.Staff actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Lang lang = LangResolution.resolve(request);
        crossCheck(form.startsAt(), form.endsAt(), form.onlineLink(), binding);
        Result result = binding.hasErrors()
                ? null
                : plan.planMeeting(
                        new PlanMeeting.Command(form.body(), form.details(), form.warningOverride(), views.today()),
                        actor);
        if (result instanceof Result.Saved saved) {
            return "redirect:/admin/sammantraden/" + saved.id() + "?sparat=planned";
        }
        response.setStatus(status(result));
        return meetingForm(
                model,
                form,
                errors(binding, result, "decisions.meeting", DecisionsForms.MeetingForm.FIELDS, lang),
                warnings.texts(result, lang),
                actor);
    }

    private String meetingForm(
            Model model, DecisionsForms.MeetingForm form, FormErrors errors, List<String> warningTexts, Actor actor) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("warnings", warningTexts);
        model.addAttribute(
                "bodies",
                organisation.bodies().stream()
                        .filter(b -> access.allows(actor, b.id()))
                        .toList());
        return "decisions/admin/new";
    }

    @GetMapping("/admin/sammantraden/{id}")
    String meeting(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String sparat,
            Actor.Staff actor,
            Model model) {
        return meetingPage(id, model, MeetingForms.empty(views.today()), sparat, actor);
    }

    @PostMapping("/admin/sammantraden/{id}/kallelse")
    String publishNotice(
            @PathVariable long id,
            @Valid @ModelAttribute("notice") DecisionsForms.NoticeForm form,
            BindingResult binding,
            Actor.Staff actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        LocalDate today = views.today();
        Result result = binding.hasErrors()
                ? checkedOnly(id, actor)
                : publish.publishNotice(new PublishNotice.Command(id, form.warningOverride(), today), actor);
        if (result instanceof Result.Saved) {
            return "redirect:/admin/sammantraden/" + id + "?sparat=notice#kallelse";
        }
        response.setStatus(status(result));
        Lang lang = LangResolution.resolve(request);
        MeetingForms e = MeetingForms.empty(today);
        return meetingPage(
                id,
                model,
                new MeetingForms(
                        e.item(),
                        e.itemErrors(),
                        e.document(),
                        e.documentErrors(),
                        form,
                        errors(binding, result, "decisions.notice", DecisionsForms.NoticeForm.FIELDS, lang),
                        warnings.texts(result, lang),
                        e.approval(),
                        e.approvalErrors(),
                        e.approvalWarnings(),
                        e.cancel(),
                        e.cancelErrors(),
                        e.minutesErrors()),
                null,
                actor);
    }

    @PostMapping("/admin/sammantraden/{id}/installt")
    String cancelMeeting(
            @PathVariable long id,
            @Valid @ModelAttribute("cancel") DecisionsForms.CancelForm form,
            BindingResult binding,
            Actor.Staff actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Result result = binding.hasErrors()
                ? checkedOnly(id, actor)
                : cancel.cancelMeeting(new CancelMeeting.Command(id, form.reason()), actor);
        if (result instanceof Result.Saved) {
            return "redirect:/admin/sammantraden/" + id + "?sparat=cancelled";
        }
        response.setStatus(status(result));
        MeetingForms e = MeetingForms.empty(views.today());
        return meetingPage(
                id,
                model,
                new MeetingForms(
                        e.item(),
                        e.itemErrors(),
                        e.document(),
                        e.documentErrors(),
                        e.notice(),
                        e.noticeErrors(),
                        e.noticeWarnings(),
                        e.approval(),
                        e.approvalErrors(),
                        e.approvalWarnings(),
                        form,
                        errors(
                                binding,
                                result,
                                "decisions.cancel",
                                DecisionsForms.CancelForm.FIELDS,
                                LangResolution.resolve(request)),
                        e.minutesErrors()),
                null,
                actor);
    }

    @PostMapping("/admin/sammantraden/{id}/arenden")
    String addAgendaItem(
            @PathVariable long id,
            @Valid @ModelAttribute("item") DecisionsForms.AgendaItemForm form,
            BindingResult binding,
            Actor.Staff actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        TranslatableText title =
                TranslatableInput.read(form.title(), "title", true, DecisionContent.MAX_TITLE, binding);
        caseNumberCheck(form.caseNumber(), binding);
        Result result = binding.hasErrors()
                ? checkedOnly(id, actor)
                : addItem.addAgendaItem(
                        new AddAgendaItem.Command(id, form.caseNumber(), title, Parse.whole(form.proposalId())), actor);
        if (result instanceof Result.Saved) {
            return "redirect:/admin/sammantraden/" + id + "?sparat=item#dagordning";
        }
        response.setStatus(status(result));
        MeetingForms e = MeetingForms.empty(views.today());
        return meetingPage(
                id,
                model,
                new MeetingForms(
                        form,
                        errors(
                                binding,
                                result,
                                "decisions.item",
                                DecisionsForms.AgendaItemForm.FIELDS,
                                LangResolution.resolve(request)),
                        e.document(),
                        e.documentErrors(),
                        e.notice(),
                        e.noticeErrors(),
                        e.noticeWarnings(),
                        e.approval(),
                        e.approvalErrors(),
                        e.approvalWarnings(),
                        e.cancel(),
                        e.cancelErrors(),
                        e.minutesErrors()),
                null,
                actor);
    }

    @PostMapping("/admin/sammantraden/{id}/dokument")
    String addDocument(
            @PathVariable long id,
            @Valid @ModelAttribute("document") DecisionsForms.DocumentForm form,
            BindingResult binding,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Actor.Staff actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Result result = binding.hasErrors()
                ? checkedOnly(id, actor)
                : addDocument.addMeetingDocument(
                        new AddMeetingDocument.Command(
                                id, form.title(), Parse.whole(form.agendaItemId()), upload(file)),
                        actor);
        if (result instanceof Result.Saved) {
            return "redirect:/admin/sammantraden/" + id + "?sparat=document#handlingar";
        }
        response.setStatus(status(result));
        MeetingForms e = MeetingForms.empty(views.today());
        return meetingPage(
                id,
                model,
                new MeetingForms(
                        e.item(),
                        e.itemErrors(),
                        form,
                        errors(
                                binding,
                                result,
                                "decisions.document",
                                DecisionsForms.DocumentForm.FIELDS,
                                LangResolution.resolve(request)),
                        e.notice(),
                        e.noticeErrors(),
                        e.noticeWarnings(),
                        e.approval(),
                        e.approvalErrors(),
                        e.approvalWarnings(),
                        e.cancel(),
                        e.cancelErrors(),
                        e.minutesErrors()),
                null,
                actor);
    }

    @PostMapping("/admin/sammantraden/{id}/justering")
    String approveMinutes(
            @PathVariable long id,
            @Valid @ModelAttribute("approval") DecisionsForms.ApprovalForm form,
            BindingResult binding,
            Actor.Staff actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        LocalDate today = views.today();
        List<Long> members = members(form.approverMembers(), binding);
        Result result = binding.hasErrors()
                ? checkedOnly(id, actor)
                : approve.approveMinutes(
                        new ApproveMinutes.Command(
                                id,
                                Parse.date(form.approvedOn()),
                                members,
                                names(form.approverNames()),
                                form.warningOverride(),
                                today),
                        actor);
        if (result instanceof Result.Saved) {
            return "redirect:/admin/sammantraden/" + id + "?sparat=approved#justering";
        }
        response.setStatus(status(result));
        Lang lang = LangResolution.resolve(request);
        MeetingForms e = MeetingForms.empty(today);
        return meetingPage(
                id,
                model,
                new MeetingForms(
                        e.item(),
                        e.itemErrors(),
                        e.document(),
                        e.documentErrors(),
                        e.notice(),
                        e.noticeErrors(),
                        e.noticeWarnings(),
                        form,
                        errors(binding, result, "decisions.approval", DecisionsForms.ApprovalForm.FIELDS, lang),
                        warnings.texts(result, lang),
                        e.cancel(),
                        e.cancelErrors(),
                        e.minutesErrors()),
                null,
                actor);
    }

    @PostMapping("/admin/sammantraden/{id}/protokoll")
    String uploadMinutes(
            @PathVariable long id,
            @ModelAttribute("minutes") DecisionsForms.MinutesForm form,
            BindingResult binding,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Actor.Staff actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Result result = uploadMinutes.uploadMinutes(new UploadMinutes.Command(id, upload(file)), actor);
        if (result instanceof Result.Saved) {
            return "redirect:/admin/sammantraden/" + id + "?sparat=minutes#justering";
        }
        response.setStatus(status(result));
        MeetingForms e = MeetingForms.empty(views.today());
        return meetingPage(
                id,
                model,
                new MeetingForms(
                        e.item(),
                        e.itemErrors(),
                        e.document(),
                        e.documentErrors(),
                        e.notice(),
                        e.noticeErrors(),
                        e.noticeWarnings(),
                        e.approval(),
                        e.approvalErrors(),
                        e.approvalWarnings(),
                        e.cancel(),
                        e.cancelErrors(),
                        errors(
                                binding,
                                result,
                                "decisions.minutesUpload",
                                DecisionsForms.MinutesForm.FIELDS,
                                LangResolution.resolve(request))),
                null,
                actor);
    }

    @GetMapping("/admin/sammantraden/{id}/beslut/ny")
    String newDecision(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String item,
            Actor.Staff actor,
            Model model) {
        DecisionsForms.DecisionForm form =
                item == null ? DecisionsForms.DecisionForm.empty() : DecisionsForms.DecisionForm.forItem(item);
        return decisionForm(id, model, form, FormErrors.none(), actor);
    }

    @PostMapping("/admin/sammantraden/{id}/beslut/ny")
    String recordDecision(
            @PathVariable long id,
            @Valid @ModelAttribute("form") DecisionsForms.DecisionForm form,
            BindingResult binding,
            Actor.Staff actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        DecisionContent content = decisionContent(form, binding);
        Result result = binding.hasErrors()
                ? null
                : recordDecision.recordDecision(
                        new RecordDecision.Command(
                                id,
                                Parse.whole(form.agendaItemId()),
                                Parse.whole(form.proposalId()),
                                content,
                                views.today()),
                        actor);
        if (result instanceof Result.Saved) {
            return "redirect:/admin/sammantraden/" + id + "?sparat=decision#beslut";
        }
        response.setStatus(status(result));
        return decisionForm(
                id,
                model,
                form,
                errors(
                        binding,
                        result,
                        "decisions.decision",
                        DecisionsForms.DecisionForm.FIELDS,
                        LangResolution.resolve(request)),
                actor);
    }

    private String decisionForm(
            long id, Model model, DecisionsForms.DecisionForm form, FormErrors errors, Actor actor) {
        MeetingViews.MeetingView view = views.meeting(id).orElseThrow(Problem::notFound);
        access.check(actor, view.meeting().bodyId());
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("proposals", awaiting.list());
        return "decisions/admin/decision";
    }

    private String meetingPage(long id, Model model, MeetingForms forms, @Nullable String saved, Actor actor) {
        MeetingViews.MeetingView view = views.meeting(id).orElseThrow(Problem::notFound);
        Meeting m = view.meeting();
        model.addAttribute("view", view);
        model.addAttribute("forms", forms);
        model.addAttribute("saved", saved == null || !saved.matches("[a-z]{1,20}") ? null : saved);
        model.addAttribute("mayEdit", access.allows(actor, m.bodyId()));
        List<Member> members = organisation.members(m.bodyId(), m.date());
        model.addAttribute("members", members);
        List<ProposalReference> proposals = awaiting.list();
        model.addAttribute("proposals", proposals);
        List<OverrideRow> overrides = new ArrayList<>();
        DateFormats f = new DateFormats(Lang.SV);
        for (MeetingRepository.Override o : meetings.overrides(id)) {
            overrides.add(new OverrideRow(o.rule().name(), o.reason(), f.dateTime(o.at())));
        }
        model.addAttribute("overrides", overrides);
        model.addAttribute("today", views.today());
        return "decisions/admin/meeting";
    }

    /**
     * With errors at the form the use case is not asked, but another body's registrar is still refused
     * (403) rather than shown the form's errors. Returns null: no result.
     */
    private @Nullable Result checkedOnly(long meetingId, Actor actor) {
        access.check(
                actor, meetings.find(meetingId).orElseThrow(Problem::notFound).bodyId());
        return null;
    }

    /** The decision as written, with the checks between fields added to the binding so they show with the form's other errors. */
    static DecisionContent decisionContent(DecisionsForms.DecisionForm form, BindingResult binding) {
        TranslatableText title =
                TranslatableInput.read(form.title(), "title", true, DecisionContent.MAX_TITLE, binding);
        TranslatableText text = TranslatableInput.read(form.text(), "text", true, DecisionContent.MAX_TEXT, binding);
        DecisionContent content = form.content(title, text);
        Violations violations = new Violations();
        content.check(violations);
        addNew(binding, violations);
        return content;
    }

    /** The meeting's times and link checked against each other at the form, so they show with its other errors. */
    static void crossCheck(@Nullable String start, @Nullable String end, @Nullable String link, BindingResult binding) {
        Violations violations = new Violations();
        MeetingDetails.crossCheck(time(start), time(end), link, violations);
        addNew(binding, violations);
    }

    /** A time its constraint accepted, else null (its error is already at the field). */
    private static java.time.@Nullable LocalTime time(@Nullable String raw) {
        try {
            return Parse.time(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The case number's form, checked at the form so it shows with the other errors. */
    static void caseNumberCheck(@Nullable String caseNumber, BindingResult binding) {
        Violations violations = new Violations();
        AddAgendaItem.caseNumber(caseNumber, violations);
        addNew(binding, violations);
    }

    /** Adds the violations at fields that have no error yet. */
    private static void addNew(BindingResult binding, Violations violations) {
        List<se.bygdeportalen.platform.usecase.Violation> fresh = violations.list().stream()
                .filter(v -> !binding.hasFieldErrors(v.field()))
                .toList();
        if (!fresh.isEmpty()) {
            Forms.addTo(binding, new Result.Invalid(400, fresh));
        }
    }

    /** The chosen members' ids; a value that is not one is refused at the field. */
    private static List<Long> members(@Nullable List<String> raw, BindingResult binding) {
        List<Long> ids = new ArrayList<>();
        for (String value : raw == null ? List.<String>of() : raw) {
            if (value == null || !value.strip().matches("\\d{1,18}")) {
                if (!binding.hasFieldErrors("approverMembers")) {
                    binding.rejectValue("approverMembers", "decisions.minutes.unknownMember");
                }
            } else {
                ids.add(Long.valueOf(value.strip()));
            }
        }
        return ids;
    }

    /** The approvers' names typed one per line (or separated by commas). */
    static List<String> names(@Nullable String raw) {
        return raw == null ? List.of() : List.of(raw.split("[\\n,]"));
    }

    static @Nullable Upload upload(@Nullable MultipartFile file) {
        return file == null || file.isEmpty() ? null : new Upload(file.getOriginalFilename(), file.getSize(), file);
    }

    /** 400 for a form's own errors, the invalid result's status (413/415/422 for uploads), 422 for warnings to confirm. */
    static int status(@Nullable Result result) {
        return switch (result) {
            case null -> 400;
            case Result.Invalid invalid -> invalid.status();
            case Result.NeedsConfirmation c -> 422;
            case Result.Saved s -> 200;
        };
    }

    FormErrors errors(BindingResult binding, @Nullable Result result, String formKey, List<String> fields, Lang lang) {
        return Forms.errors(
                binding, result instanceof Result.Invalid invalid ? invalid : null, formKey, fields, messages, lang);
    }
}
