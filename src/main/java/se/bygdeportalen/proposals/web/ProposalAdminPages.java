package se.bygdeportalen.proposals.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import se.bygdeportalen.platform.files.FileResponses;
import se.bygdeportalen.platform.files.FileStorage;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.identity.ResidentDemographics;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.security.StaffOnly;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.validation.Parse;
import se.bygdeportalen.platform.web.FormErrors;
import se.bygdeportalen.platform.web.Forms;
import se.bygdeportalen.platform.web.LangResolution;
import se.bygdeportalen.platform.web.Option;
import se.bygdeportalen.proposals.internal.AcceptProposal;
import se.bygdeportalen.proposals.internal.AnswerProposal;
import se.bygdeportalen.proposals.internal.CheckProposalResidency;
import se.bygdeportalen.proposals.internal.DeclineProposal;
import se.bygdeportalen.proposals.internal.ModerateProposal;
import se.bygdeportalen.proposals.internal.ModerateProposalAttachment;
import se.bygdeportalen.proposals.internal.Proposal;
import se.bygdeportalen.proposals.internal.ProposalAttachment;
import se.bygdeportalen.proposals.internal.ProposalOutcome;
import se.bygdeportalen.proposals.internal.ProposalReport;
import se.bygdeportalen.proposals.internal.ProposalRepository;
import se.bygdeportalen.proposals.internal.ProposalStatus;
import se.bygdeportalen.proposals.internal.ProposalsProperties;
import se.bygdeportalen.proposals.internal.ReferProposal;
import se.bygdeportalen.proposals.internal.RegisterPaperProposal;
import se.bygdeportalen.proposals.internal.RequestProposalAmendment;

/**
 * The registrars' and moderators' queue and a proposal's handling page: residency check, amendment,
 * accept or decline, referral, answer, moderation; and the service office's paper registration.
 */
@Controller
public class ProposalAdminPages {

    private static final String BASE = "/admin/medborgarforslag";

    /** The queue's tabs: URL value and the statuses shown. */
    public enum Tab {
        KONTROLL("SUBMITTED"),
        KOMPLETTERING("AMENDMENT_REQUESTED", "AWAITING_CONFIRMATION"),
        PUBLICERADE("PUBLISHED"),
        REMITTERADE("REFERRED"),
        FORSENADE("REFERRED"),
        BESVARADE("ANSWERED"),
        AVSLAGNA("DECLINED", "WITHDRAWN"),
        ANMALDA();

        final List<String> statuses;

        Tab(String... statuses) {
            this.statuses = List.of(statuses);
        }

        String param() {
            return name().toLowerCase();
        }
    }

    private final ProposalRepository repository;
    private final CheckProposalResidency residency;
    private final RequestProposalAmendment amendment;
    private final AcceptProposal accept;
    private final DeclineProposal decline;
    private final ReferProposal refer;
    private final AnswerProposal answer;
    private final ModerateProposal moderate;
    private final ModerateProposalAttachment moderateAttachment;
    private final RegisterPaperProposal paper;
    private final ProposalViews views;
    private final ProposalsProperties properties;
    private final FileStorage files;
    private final FileResponses fileResponses;
    private final Messages messages;
    private final Clock clock;

    ProposalAdminPages(
            ProposalRepository repository,
            CheckProposalResidency residency,
            RequestProposalAmendment amendment,
            AcceptProposal accept,
            DeclineProposal decline,
            ReferProposal refer,
            AnswerProposal answer,
            ModerateProposal moderate,
            ModerateProposalAttachment moderateAttachment,
            RegisterPaperProposal paper,
            ProposalViews views,
            ProposalsProperties properties,
            FileStorage files,
            FileResponses fileResponses,
            Messages messages,
            Clock clock) {
        this.repository = repository;
        this.residency = residency;
        this.amendment = amendment;
        this.accept = accept;
        this.decline = decline;
        this.refer = refer;
        this.answer = answer;
        this.moderate = moderate;
        this.moderateAttachment = moderateAttachment;
        this.paper = paper;
        this.views = views;
        this.properties = properties;
        this.files = files;
        this.fileResponses = fileResponses;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(BASE)
    @StaffOnly({Role.REGISTRAR, Role.MODERATOR, Role.ADMINISTRATOR})
    public String queue(@RequestParam(name = "visa", defaultValue = "kontroll") String show, Model model) {
        Tab tab = java.util.Arrays.stream(Tab.values())
                .filter(t -> t.param().equals(show))
                .findFirst()
                .orElse(Tab.KONTROLL);
        LocalDate today = LocalDate.now(clock.withZone(DateFormats.ZONE));
        List<Proposal> rows;
        if (tab == Tab.ANMALDA) {
            List<ProposalReport> reports = repository.openReports(null, 200);
            model.addAttribute("reports", reports);
            rows = repository.byIds(
                    reports.stream().map(ProposalReport::proposalId).distinct().toList());
        } else if (tab == Tab.FORSENADE) {
            rows = repository.referredDueBy(today.minusDays(1), 200);
            model.addAttribute("reports", List.of());
        } else {
            rows = repository.byStatuses(tab.statuses, 200);
            model.addAttribute("reports", List.of());
        }
        Map<String, Integer> counts = repository.countsByStatus().stream()
                .collect(Collectors.toMap(
                        ProposalRepository.StatusCount::status, ProposalRepository.StatusCount::count));
        model.addAttribute("tab", tab.param());
        model.addAttribute(
                "tabs", java.util.Arrays.stream(Tab.values()).map(Tab::param).toList());
        model.addAttribute("counts", counts);
        model.addAttribute("overdue", repository.countReferredDueBy(today.minusDays(1)));
        model.addAttribute("openReports", repository.openReportCount());
        model.addAttribute("rows", rows);
        model.addAttribute("today", today);
        return "proposals/admin/queue";
    }

    @GetMapping(BASE + "/{id:[0-9]+}")
    @StaffOnly({Role.REGISTRAR, Role.MODERATOR, Role.ADMINISTRATOR})
    public String detail(@PathVariable long id, Model model, HttpServletRequest request) {
        return detailPage(model, id, request, null, FormErrors.none());
    }

    @PostMapping(BASE + "/{id:[0-9]+}/folkbokforing")
    @StaffOnly({Role.REGISTRAR, Role.ADMINISTRATOR})
    public String residency(@PathVariable long id, Actor.Staff staff) {
        residency.checkResidency(new CheckProposalResidency.Command(id), staff);
        return "redirect:" + BASE + "/" + id + "?sparat";
    }

    @PostMapping(BASE + "/{id:[0-9]+}/komplettering")
    @StaffOnly({Role.REGISTRAR, Role.MODERATOR, Role.ADMINISTRATOR})
    public String amend(
            @PathVariable long id,
            @Valid @ModelAttribute("reasonForm") ProposalForms.ReasonForm form,
            BindingResult result,
            Actor.Staff staff,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Result r = result.hasErrors()
                ? null
                : amendment.requestAmendment(
                        new RequestProposalAmendment.Command(id, Forms.required(form.reason())), staff);
        return after(r, id, "amend", result, ProposalForms.ReasonForm.FIELDS, model, request, response);
    }

    @PostMapping(BASE + "/{id:[0-9]+}/godkann")
    @StaffOnly({Role.REGISTRAR, Role.MODERATOR, Role.ADMINISTRATOR})
    public String accept(@PathVariable long id, Actor.Staff staff) {
        accept.accept(new AcceptProposal.Command(id), staff);
        return "redirect:" + BASE + "/" + id + "?sparat";
    }

    @PostMapping(BASE + "/{id:[0-9]+}/avsla")
    @StaffOnly({Role.REGISTRAR, Role.MODERATOR, Role.ADMINISTRATOR})
    public String decline(
            @PathVariable long id,
            @Valid @ModelAttribute("reasonForm") ProposalForms.ReasonForm form,
            BindingResult result,
            Actor.Staff staff,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Result r = result.hasErrors()
                ? null
                : decline.decline(new DeclineProposal.Command(id, Forms.required(form.reason())), staff);
        return after(r, id, "decline", result, ProposalForms.ReasonForm.FIELDS, model, request, response);
    }

    @PostMapping(BASE + "/{id:[0-9]+}/remittera")
    @StaffOnly({Role.REGISTRAR, Role.ADMINISTRATOR})
    public String refer(
            @PathVariable long id,
            @Valid @ModelAttribute("referForm") ProposalForms.ReferForm form,
            BindingResult result,
            Actor.Staff staff,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Result r = result.hasErrors()
                ? null
                : refer.refer(new ReferProposal.Command(id, form.body(), Parse.date(form.deadline())), staff);
        return after(r, id, "refer", result, ProposalForms.ReferForm.FIELDS, model, request, response);
    }

    @PostMapping(BASE + "/{id:[0-9]+}/besvara")
    @StaffOnly({Role.REGISTRAR, Role.ADMINISTRATOR})
    public String answer(
            @PathVariable long id,
            @Valid @ModelAttribute("answerForm") ProposalForms.AnswerForm form,
            BindingResult result,
            Actor.Staff staff,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Result r = result.hasErrors() ? null : answer.answer(form.toCommand(id), staff);
        return after(r, id, "answer", result, ProposalForms.AnswerForm.FIELDS, model, request, response);
    }

    @PostMapping(BASE + "/{id:[0-9]+}/moderera")
    @StaffOnly({Role.MODERATOR, Role.REGISTRAR, Role.ADMINISTRATOR})
    public String moderate(
            @PathVariable long id,
            @Valid @ModelAttribute("moderationForm") ProposalForms.ModerationForm form,
            BindingResult result,
            Actor.Staff staff,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Result r = result.hasErrors() ? null : moderate.moderate(form.toCommand(id), staff);
        return after(r, id, "moderation", result, ProposalForms.ModerationForm.FIELDS, model, request, response);
    }

    @PostMapping(BASE + "/{id:[0-9]+}" + ProposalPages.ATTACHMENT + "/dolj")
    @StaffOnly({Role.MODERATOR, Role.REGISTRAR, Role.ADMINISTRATOR})
    public String hideAttachment(@PathVariable long id, @PathVariable UUID attachment, Actor.Staff staff) {
        moderateAttachment.moderateAttachment(new ModerateProposalAttachment.Command(id, attachment, true), staff);
        return "redirect:" + BASE + "/" + id + "?sparat#attachments";
    }

    @PostMapping(BASE + "/{id:[0-9]+}" + ProposalPages.ATTACHMENT + "/visa")
    @StaffOnly({Role.MODERATOR, Role.REGISTRAR, Role.ADMINISTRATOR})
    public String showAttachment(@PathVariable long id, @PathVariable UUID attachment, Actor.Staff staff) {
        moderateAttachment.moderateAttachment(new ModerateProposalAttachment.Command(id, attachment, false), staff);
        return "redirect:" + BASE + "/" + id + "?sparat#attachments";
    }

    @GetMapping(BASE + "/{id:[0-9]+}" + ProposalPages.ATTACHMENT)
    @StaffOnly({Role.REGISTRAR, Role.MODERATOR, Role.ADMINISTRATOR})
    public ResponseEntity<Resource> attachment(@PathVariable long id, @PathVariable UUID attachment) {
        ProposalAttachment a = repository.attachment(sent(id).id(), attachment).orElseThrow(Problem::notFound);
        return fileResponses.attachment(files.find(a.fileId()).orElseThrow(Problem::notFound));
    }

    // ---- paper

    @GetMapping(BASE + "/nytt")
    @StaffOnly({Role.SERVICE_OFFICE, Role.REGISTRAR})
    public String paperForm(Model model, HttpServletRequest request) {
        return paperPage(
                model, ProposalForms.PaperProposalForm.empty(UUID.randomUUID().toString()), FormErrors.none(), request);
    }

    @PostMapping(BASE + "/nytt")
    @StaffOnly({Role.SERVICE_OFFICE, Role.REGISTRAR})
    public String paperSubmit(
            @Valid @ModelAttribute("form") ProposalForms.PaperProposalForm form,
            BindingResult result,
            @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> attachments,
            Actor.Staff staff,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Result r = result.hasErrors() ? null : paper.register(form.toCommand(attachments), staff);
        if (!(r instanceof Result.Saved saved)) {
            Result.Invalid invalid = r instanceof Result.Invalid i ? i : null;
            response.setStatus(invalid == null ? 400 : invalid.status());
            return paperPage(
                    model,
                    form,
                    Forms.errors(
                            result,
                            invalid,
                            "proposals.form",
                            ProposalForms.PaperProposalForm.FIELDS,
                            messages,
                            LangResolution.resolve(request)),
                    request);
        }
        Proposal p = repository.byId(saved.id()).orElseThrow();
        model.addAttribute("proposal", p);
        return "proposals/admin/paperDone";
    }

    // ---- helpers

    /** After a handling form: back to the proposal, or the form again with its errors (400, or the use case's status). */
    private String after(
            @Nullable Result r,
            long id,
            String form,
            BindingResult result,
            List<String> fields,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (r instanceof Result.Saved) {
            return "redirect:" + BASE + "/" + id + "?sparat";
        }
        Result.Invalid invalid = r instanceof Result.Invalid i ? i : null;
        response.setStatus(invalid == null ? 400 : invalid.status());
        return detailPage(
                model,
                id,
                request,
                form,
                Forms.errors(
                        result, invalid, "proposals.admin." + form, fields, messages, LangResolution.resolve(request)));
    }

    /**
     * The proposal, once its proposer has sent it. A draft is the resident's alone: to staff it does not
     * exist, on every route (its page, its files, its actions), as the use cases also say.
     */
    private Proposal sent(long id) {
        return repository
                .byId(id)
                .filter(x -> x.status() != ProposalStatus.DRAFT)
                .orElseThrow(Problem::notFound);
    }

    private String detailPage(
            Model model, long id, HttpServletRequest request, @Nullable String failedForm, FormErrors errors) {
        Proposal p = sent(id);
        Lang ui = LangResolution.resolve(request);
        model.addAttribute("proposal", p);
        model.addAttribute("attachments", repository.attachments(id));
        model.addAttribute("timeline", repository.timeline(id, false));
        model.addAttribute("reports", repository.openReports(id, 100));
        model.addAttribute("decisions", repository.linkedDecisions(id));
        model.addAttribute(
                "bodies", views.bodies(ui, p.referredBodySlug() == null ? "kommunstyrelsen" : p.referredBodySlug()));
        model.addAttribute("bodyNames", views.bodyNames(ui));
        model.addAttribute("villageNames", views.villageNames(ui));
        model.addAttribute(
                "outcomes",
                java.util.Arrays.stream(ProposalOutcome.values())
                        .map(ProposalOutcome::name)
                        .map(o -> Option.of(
                                o,
                                messages.get(ui, "proposals.outcome." + o),
                                o.equals(request.getParameter("outcome"))))
                        .toList());
        model.addAttribute("failedForm", failedForm);
        model.addAttribute("errors", errors);
        model.addAttribute("saved", request.getParameter("sparat") != null);
        model.addAttribute("formValues", request.getParameterMap());
        model.addAttribute("today", LocalDate.now(clock.withZone(DateFormats.ZONE)));
        return "proposals/admin/detail";
    }

    private String paperPage(
            Model model, ProposalForms.PaperProposalForm form, FormErrors errors, HttpServletRequest request) {
        Lang ui = LangResolution.resolve(request);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("languages", views.languages(ui, form.language()));
        model.addAttribute("categories", views.categories(ui, form.category()));
        model.addAttribute("villages", views.villages(ui, form.village()));
        model.addAttribute(
                "sexes",
                List.of(
                        Option.of(
                                "",
                                messages.get(ui, "proposals.form.sex.unknown"),
                                form.sex() == null || form.sex().isBlank()),
                        Option.of("FEMALE", messages.get(ui, "proposals.form.sex.FEMALE"), "FEMALE".equals(form.sex())),
                        Option.of("MALE", messages.get(ui, "proposals.form.sex.MALE"), "MALE".equals(form.sex()))));
        List<Option> bands = new java.util.ArrayList<>();
        bands.add(Option.of(
                "",
                messages.get(ui, "proposals.form.ageBand.unknown"),
                form.ageBand() == null || form.ageBand().isBlank()));
        ResidentDemographics.AGE_BANDS.forEach(b -> bands.add(Option.of(b, b, b.equals(form.ageBand()))));
        model.addAttribute("ageBands", bands);
        model.addAttribute("maxAttachments", properties.maxAttachments());
        return "proposals/admin/paper";
    }
}
