package se.bygdeportalen.proposals.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.bygdeportalen.platform.files.FileResponses;
import se.bygdeportalen.platform.files.FileStorage;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.ratelimit.RateLimitKeys;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.web.FormErrors;
import se.bygdeportalen.platform.web.Forms;
import se.bygdeportalen.proposals.internal.FollowProposal;
import se.bygdeportalen.proposals.internal.Proposal;
import se.bygdeportalen.proposals.internal.ProposalAccess;
import se.bygdeportalen.proposals.internal.ProposalAttachment;
import se.bygdeportalen.proposals.internal.ProposalLinks;
import se.bygdeportalen.proposals.internal.ProposalRepository;
import se.bygdeportalen.proposals.internal.ReportProposal;
import se.bygdeportalen.proposals.internal.SupportProposal;
import se.bygdeportalen.proposals.internal.UnsubscribeFromProposal;

/**
 * A published proposal's public page with its timeline, and what readers do there: support, follow,
 * report; plus its attachments and the unsubscribe link from the mails. The page itself asks for no
 * CSRF token (no cookie for readers); forms that need one are on their own pages or shown to signed-in
 * residents only.
 */
@Controller
public class ProposalPages {

    /** {year}-{number}: only digits, so the path never clashes with /nytt, /mina and the others. */
    /**
     * An attachment's address below its proposal, public and staff alike: its random token, never the
     * sequential row id, so one attachment's URL tells nothing about another's. A number no longer matches.
     */
    static final String ATTACHMENT = "/bilagor/{attachment:[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}}";

    public static final String PAGE = "/" + Lang.PATH + "/medborgarforslag/{year:[0-9][0-9][0-9][0-9]}-{number:[0-9]+}";

    private final ProposalRepository repository;
    private final SupportProposal support;
    private final FollowProposal follow;
    private final ReportProposal report;
    private final UnsubscribeFromProposal unsubscribe;
    private final ProposalLinks links;
    private final ProposalViews views;
    private final FileStorage files;
    private final FileResponses fileResponses;
    private final Messages messages;
    private final Clock clock;

    ProposalPages(
            ProposalRepository repository,
            SupportProposal support,
            FollowProposal follow,
            ReportProposal report,
            UnsubscribeFromProposal unsubscribe,
            ProposalLinks links,
            ProposalViews views,
            FileStorage files,
            FileResponses fileResponses,
            Messages messages,
            Clock clock) {
        this.repository = repository;
        this.support = support;
        this.follow = follow;
        this.report = report;
        this.unsubscribe = unsubscribe;
        this.links = links;
        this.views = views;
        this.files = files;
        this.fileResponses = fileResponses;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    public String page(
            @PathVariable String lang,
            @PathVariable String year,
            @PathVariable String number,
            Actor actor,
            Model model,
            HttpServletRequest request) {
        Proposal p = visible(year, number);
        return render(model, p, lang, actor, request, new ProposalForms.FollowForm(""), FormErrors.none());
    }

    @PostMapping(PAGE + "/stod")
    public String support(
            @PathVariable String lang,
            @PathVariable String year,
            @PathVariable String number,
            Actor actor,
            HttpServletRequest request) {
        Actor resident = ProposalAccess.resident(actor);
        Proposal p = visible(year, number);
        support.support(new SupportProposal.Command(p.id(), RateLimitKeys.address(request)), resident);
        return "redirect:/" + lang + p.path() + "?stod#support";
    }

    @PostMapping(PAGE + "/folj")
    public String follow(
            @PathVariable String lang,
            @PathVariable String year,
            @PathVariable String number,
            @Valid @ModelAttribute("followForm") ProposalForms.FollowForm form,
            BindingResult result,
            Actor actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Actor resident = ProposalAccess.resident(actor);
        Proposal p = visible(year, number);
        Lang ui = Lang.fromCode(lang).orElse(Lang.SV);
        Result r = result.hasErrors()
                ? null
                : follow.follow(new FollowProposal.Command(p.id(), Forms.required(form.email()), ui), resident);
        if (!(r instanceof Result.Saved)) {
            Result.Invalid invalid = r instanceof Result.Invalid i ? i : null;
            response.setStatus(invalid == null ? 400 : invalid.status());
            return render(
                    model,
                    p,
                    lang,
                    actor,
                    request,
                    form,
                    Forms.errors(result, invalid, "proposals.follow", ProposalForms.FollowForm.FIELDS, messages, ui));
        }
        return "redirect:/" + lang + p.path() + "?foljer#follow";
    }

    @GetMapping(PAGE + "/anmal")
    public String reportForm(
            @PathVariable String lang,
            @PathVariable String year,
            @PathVariable String number,
            Model model,
            HttpServletRequest request) {
        Proposal p = visible(year, number);
        return reportPage(
                model,
                p,
                new ProposalForms.ReportForm("", "", request.getParameter("bilaga")),
                FormErrors.none(),
                false);
    }

    @PostMapping(PAGE + "/anmal")
    public String report(
            @PathVariable String lang,
            @PathVariable String year,
            @PathVariable String number,
            @Valid @ModelAttribute("form") ProposalForms.ReportForm form,
            BindingResult result,
            Actor actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Proposal p = visible(year, number);
        Result r = result.hasErrors()
                ? null
                : report.report(form.toCommand(p.id(), RateLimitKeys.address(request)), actor);
        if (!(r instanceof Result.Saved)) {
            Result.Invalid invalid = r instanceof Result.Invalid i ? i : null;
            response.setStatus(invalid == null ? 400 : invalid.status());
            return reportPage(
                    model,
                    p,
                    form,
                    Forms.errors(
                            result,
                            invalid,
                            "proposals.report",
                            ProposalForms.ReportForm.FIELDS,
                            messages,
                            Lang.fromCode(lang).orElse(Lang.SV)),
                    false);
        }
        return reportPage(model, p, form, FormErrors.none(), true);
    }

    @GetMapping(PAGE + ATTACHMENT)
    public ResponseEntity<Resource> attachment(
            @PathVariable String lang,
            @PathVariable String year,
            @PathVariable String number,
            @PathVariable UUID attachment) {
        Proposal p = visible(year, number);
        ProposalAttachment a = repository
                .attachment(p.id(), attachment)
                .filter(x -> !x.hidden())
                .orElseThrow(Problem::notFound);
        var file = files.find(a.fileId()).orElseThrow(Problem::notFound);
        return a.image() ? fileResponses.inline(file) : fileResponses.attachment(file);
    }

    @GetMapping("/" + Lang.PATH + "/medborgarforslag/avsluta/{token:[A-Za-z0-9_-]+}")
    public String unsubscribePage(@PathVariable String lang, @PathVariable String token, Model model) {
        ProposalRepository.Subscription s = links.subscription(token);
        model.addAttribute("proposal", repository.byId(s.proposalId()).orElseThrow(Problem::notFound));
        model.addAttribute("token", token);
        model.addAttribute("done", !s.active());
        return "proposals/unsubscribe";
    }

    @PostMapping("/" + Lang.PATH + "/medborgarforslag/avsluta/{token:[A-Za-z0-9_-]+}")
    public String unsubscribe(@PathVariable String lang, @PathVariable String token, Actor actor, Model model) {
        unsubscribe.unsubscribe(new UnsubscribeFromProposal.Command(token), actor);
        ProposalRepository.Subscription s = links.subscription(token);
        model.addAttribute("proposal", repository.byId(s.proposalId()).orElseThrow(Problem::notFound));
        model.addAttribute("token", token);
        model.addAttribute("done", true);
        return "proposals/unsubscribe";
    }

    private String render(
            Model model,
            Proposal p,
            String lang,
            Actor actor,
            HttpServletRequest request,
            ProposalForms.FollowForm followForm,
            FormErrors followErrors) {
        Lang ui = Lang.fromCode(lang).orElse(Lang.SV);
        Actor.Resident user = actor instanceof Actor.Resident r ? r : null;
        model.addAttribute("proposal", p);
        model.addAttribute(
                "attachments",
                repository.attachments(p.id()).stream().filter(a -> !a.hidden()).toList());
        model.addAttribute("timeline", repository.timeline(p.id(), true));
        model.addAttribute("bodyNames", views.bodyNames(ui));
        model.addAttribute("villageNames", views.villageNames(ui));
        model.addAttribute("supportOpen", p.supportOpen(clock.instant()));
        model.addAttribute("supported", user != null && repository.hasSupported(p.id(), user.id()));
        model.addAttribute("following", user != null && repository.residentFollows(p.id(), user.id()));
        model.addAttribute("followForm", followForm);
        model.addAttribute("followErrors", followErrors);
        model.addAttribute("justSupported", request.getParameter("stod") != null);
        model.addAttribute("justFollowed", request.getParameter("foljer") != null);
        return "proposals/page";
    }

    private String reportPage(Model model, Proposal p, ProposalForms.ReportForm form, FormErrors errors, boolean sent) {
        model.addAttribute("proposal", p);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("sent", sent);
        model.addAttribute(
                "attachments",
                repository.attachments(p.id()).stream().filter(a -> !a.hidden()).toList());
        return "proposals/report";
    }

    private Proposal visible(String year, String number) {
        try {
            return repository
                    .byNumber(Integer.parseInt(year), Integer.parseInt(number))
                    .filter(Proposal::publiclyVisible)
                    .orElseThrow(Problem::notFound);
        } catch (NumberFormatException e) {
            throw Problem.notFound();
        }
    }
}
