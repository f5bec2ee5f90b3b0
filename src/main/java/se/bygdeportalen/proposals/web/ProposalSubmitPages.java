package se.bygdeportalen.proposals.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.ratelimit.RateLimitKeys;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.web.FormErrors;
import se.bygdeportalen.platform.web.Forms;
import se.bygdeportalen.proposals.internal.AmendProposalByLink;
import se.bygdeportalen.proposals.internal.ConfirmProposal;
import se.bygdeportalen.proposals.internal.DeleteProposalDraft;
import se.bygdeportalen.proposals.internal.Proposal;
import se.bygdeportalen.proposals.internal.ProposalAccess;
import se.bygdeportalen.proposals.internal.ProposalAttachment;
import se.bygdeportalen.proposals.internal.ProposalLinks;
import se.bygdeportalen.proposals.internal.ProposalReceipt;
import se.bygdeportalen.proposals.internal.ProposalRepository;
import se.bygdeportalen.proposals.internal.ProposalStatus;
import se.bygdeportalen.proposals.internal.ProposalsProperties;
import se.bygdeportalen.proposals.internal.RemoveProposalAttachment;
import se.bygdeportalen.proposals.internal.SaveProposalDraft;
import se.bygdeportalen.proposals.internal.SubmitProposal;
import se.bygdeportalen.proposals.internal.SubmitProposalByEmail;
import se.bygdeportalen.proposals.internal.WithdrawProposal;

/**
 * Writing and sending a proposal: with e-ID (drafts, review, send, receipt), without e-ID (form,
 * e-mail confirmation, receipt by link), and changing it after the registrar asked for it.
 */
@Controller
public class ProposalSubmitPages {

    private static final String BASE = "/" + Lang.PATH + "/medborgarforslag";
    private static final String TOKEN = "{token:[A-Za-z0-9_-]+}";

    private final ProposalRepository repository;
    private final SaveProposalDraft saveDraft;
    private final RemoveProposalAttachment removeAttachment;
    private final DeleteProposalDraft deleteDraft;
    private final SubmitProposal submit;
    private final SubmitProposalByEmail submitByEmail;
    private final ConfirmProposal confirm;
    private final AmendProposalByLink amend;
    private final WithdrawProposal withdraw;
    private final ProposalLinks links;
    private final ProposalReceipt receipt;
    private final ProposalViews views;
    private final ProposalsProperties properties;
    private final Messages messages;

    ProposalSubmitPages(
            ProposalRepository repository,
            SaveProposalDraft saveDraft,
            RemoveProposalAttachment removeAttachment,
            DeleteProposalDraft deleteDraft,
            SubmitProposal submit,
            SubmitProposalByEmail submitByEmail,
            ConfirmProposal confirm,
            AmendProposalByLink amend,
            WithdrawProposal withdraw,
            ProposalLinks links,
            ProposalReceipt receipt,
            ProposalViews views,
            ProposalsProperties properties,
            Messages messages) {
        this.repository = repository;
        this.saveDraft = saveDraft;
        this.removeAttachment = removeAttachment;
        this.deleteDraft = deleteDraft;
        this.submit = submit;
        this.submitByEmail = submitByEmail;
        this.confirm = confirm;
        this.amend = amend;
        this.withdraw = withdraw;
        this.links = links;
        this.receipt = receipt;
        this.views = views;
        this.properties = properties;
        this.messages = messages;
    }

    // ---- with e-ID

    @GetMapping(BASE + "/nytt")
    public String start(@PathVariable String lang, Actor actor, Model model) {
        if (!(actor instanceof Actor.Resident resident)) {
            return "proposals/start";
        }
        model.addAttribute("mine", repository.byResident(resident.id()));
        return form(
                model,
                null,
                ProposalForms.ProposalForm.empty(lang, UUID.randomUUID().toString()),
                List.of(),
                FormErrors.none(),
                lang,
                false);
    }

    @PostMapping(BASE + "/nytt")
    public String create(
            @PathVariable String lang,
            @Valid @ModelAttribute("form") ProposalForms.ProposalForm form,
            BindingResult result,
            @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> attachments,
            @RequestParam(name = "action", defaultValue = "save") String action,
            Actor actor,
            Model model,
            HttpServletResponse response) {
        if (!(actor instanceof Actor.Resident resident)) {
            return "redirect:/" + lang + "/logga-in";
        }
        Result r = result.hasErrors() ? null : saveDraft.saveDraft(form.toDraft(null, attachments), actor);
        if (!(r instanceof Result.Saved saved)) {
            response.setStatus(status(r));
            model.addAttribute("mine", repository.byResident(resident.id()));
            return form(
                    model,
                    null,
                    form,
                    List.of(),
                    errors(result, r, ProposalForms.ProposalForm.FIELDS, lang),
                    lang,
                    false);
        }
        return afterSave(lang, saved.id(), action);
    }

    @GetMapping(BASE + "/mina/{id:[0-9]+}")
    public String mine(
            @PathVariable String lang, @PathVariable long id, Actor actor, Model model, HttpServletRequest request) {
        if (!(actor instanceof Actor.Resident)) {
            return "redirect:/" + lang + "/logga-in";
        }
        Proposal p = own(id, actor);
        if (!p.status().editableByProposer()) {
            return "redirect:/" + lang + "/medborgarforslag/mina/" + id + "/kvitto";
        }
        model.addAttribute("saved", request.getParameter("sparat") != null);
        return form(
                model, p, ProposalForms.ProposalForm.of(p), repository.attachments(id), FormErrors.none(), lang, false);
    }

    @PostMapping(BASE + "/mina/{id:[0-9]+}")
    public String update(
            @PathVariable String lang,
            @PathVariable long id,
            @Valid @ModelAttribute("form") ProposalForms.ProposalForm form,
            BindingResult result,
            @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> attachments,
            @RequestParam(name = "action", defaultValue = "save") String action,
            Actor actor,
            Model model,
            HttpServletResponse response) {
        if (!(actor instanceof Actor.Resident)) {
            return "redirect:/" + lang + "/logga-in";
        }
        Proposal p = own(id, actor);
        Result r = result.hasErrors() ? null : saveDraft.saveDraft(form.toDraft(id, attachments), actor);
        if (!(r instanceof Result.Saved)) {
            response.setStatus(status(r));
            return form(
                    model,
                    p,
                    form,
                    repository.attachments(id),
                    errors(result, r, ProposalForms.ProposalForm.FIELDS, lang),
                    lang,
                    false);
        }
        return afterSave(lang, id, action);
    }

    @PostMapping(BASE + "/mina/{id:[0-9]+}" + ProposalPages.ATTACHMENT + "/ta-bort")
    public String removeAttachment(
            @PathVariable String lang, @PathVariable long id, @PathVariable UUID attachment, Actor actor) {
        removeAttachment.removeAttachment(new RemoveProposalAttachment.Command(id, attachment), resident(actor));
        return "redirect:/" + lang + "/medborgarforslag/mina/" + id + "?sparat#f-attachments";
    }

    @PostMapping(BASE + "/mina/{id:[0-9]+}/ta-bort")
    public String deleteDraft(@PathVariable String lang, @PathVariable long id, Actor actor) {
        deleteDraft.deleteDraft(new DeleteProposalDraft.Command(id), resident(actor));
        return "redirect:/" + lang + "/medborgarforslag/nytt?borttaget";
    }

    @GetMapping(BASE + "/mina/{id:[0-9]+}/granska")
    public String review(@PathVariable String lang, @PathVariable long id, Actor actor, Model model) {
        if (!(actor instanceof Actor.Resident)) {
            return "redirect:/" + lang + "/logga-in";
        }
        Proposal p = own(id, actor);
        if (!p.status().editableByProposer()) {
            return "redirect:/" + lang + "/medborgarforslag/mina/" + id + "/kvitto";
        }
        model.addAttribute("proposal", p);
        model.addAttribute("attachments", repository.attachments(id));
        model.addAttribute(
                "villageNames", views.villageNames(Lang.fromCode(lang).orElse(Lang.SV)));
        return "proposals/review";
    }

    @PostMapping(BASE + "/mina/{id:[0-9]+}/skicka")
    public String send(@PathVariable String lang, @PathVariable long id, Actor actor, HttpServletRequest request) {
        submit.submit(new SubmitProposal.Command(id, RateLimitKeys.address(request)), resident(actor));
        return "redirect:/" + lang + "/medborgarforslag/mina/" + id + "/kvitto";
    }

    @GetMapping(BASE + "/mina/{id:[0-9]+}/kvitto")
    public String ownReceipt(@PathVariable String lang, @PathVariable long id, Actor actor, Model model) {
        if (!(actor instanceof Actor.Resident)) {
            return "redirect:/" + lang + "/logga-in";
        }
        Proposal p = own(id, actor);
        if (p.caseNumber() == null) {
            return "redirect:/" + lang + "/medborgarforslag/mina/" + id;
        }
        model.addAttribute(
                "withdrawHref",
                p.status() == ProposalStatus.SUBMITTED || p.status() == ProposalStatus.AMENDMENT_REQUESTED
                        ? "/" + lang + "/medborgarforslag/mina/" + id + "/aterkalla"
                        : null);
        return receiptPage(model, p, "/" + lang + "/medborgarforslag/mina/" + id + "/kvitto.pdf");
    }

    @PostMapping(BASE + "/mina/{id:[0-9]+}/aterkalla")
    public String withdraw(@PathVariable String lang, @PathVariable long id, Actor actor) {
        withdraw.withdraw(new WithdrawProposal.Command(id), resident(actor));
        return "redirect:/" + lang + "/medborgarforslag/mina/" + id + "/kvitto";
    }

    @GetMapping(BASE + "/mina/{id:[0-9]+}/kvitto.pdf")
    public ResponseEntity<byte[]> ownReceiptPdf(@PathVariable String lang, @PathVariable long id, Actor actor) {
        Proposal p = own(id, resident(actor));
        if (p.caseNumber() == null) {
            throw Problem.notFound();
        }
        return pdf(p);
    }

    // ---- without e-ID

    @GetMapping(BASE + "/nytt/utan-e-legitimation")
    public String emailForm(@PathVariable String lang, Model model) {
        return emailPage(
                model,
                ProposalForms.EmailProposalForm.empty(lang, UUID.randomUUID().toString()),
                FormErrors.none(),
                lang);
    }

    @PostMapping(BASE + "/nytt/utan-e-legitimation")
    public String emailSubmit(
            @PathVariable String lang,
            @Valid @ModelAttribute("form") ProposalForms.EmailProposalForm form,
            BindingResult result,
            @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> attachments,
            Actor actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Result r = result.hasErrors()
                ? null
                : submitByEmail.submit(form.toCommand(attachments, RateLimitKeys.address(request)), actor);
        if (!(r instanceof Result.Saved)) {
            response.setStatus(status(r));
            return emailPage(model, form, errors(result, r, ProposalForms.EmailProposalForm.FIELDS, lang), lang);
        }
        return "redirect:/" + lang + "/medborgarforslag/nytt/utan-e-legitimation/skickat";
    }

    @GetMapping(BASE + "/nytt/utan-e-legitimation/skickat")
    public String emailSent(@PathVariable String lang, Model model) {
        model.addAttribute("hours", properties.confirmationValidity().toHours());
        return "proposals/emailSent";
    }

    @GetMapping(BASE + "/bekrafta/" + TOKEN)
    public String confirmPage(@PathVariable String lang, @PathVariable String token, Model model) {
        model.addAttribute("proposal", links.awaitingConfirmation(token));
        model.addAttribute("token", token);
        return "proposals/confirm";
    }

    @PostMapping(BASE + "/bekrafta/" + TOKEN)
    public String confirm(@PathVariable String lang, @PathVariable String token, Actor actor) {
        Result.Saved confirmed = (Result.Saved) confirm.confirm(new ConfirmProposal.Command(token), actor);
        return "redirect:/" + lang + "/medborgarforslag/kvitto/" + confirmed.token();
    }

    @GetMapping(BASE + "/kvitto/" + TOKEN)
    public String tokenReceipt(
            @PathVariable String lang, @PathVariable String token, Model model, HttpServletResponse response) {
        Proposal p = links.receipt(token);
        // The proposer's own receipt, reached without a session: not a page for the page cache to share.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        return receiptPage(model, p, "/" + lang + "/medborgarforslag/kvitto/" + token + ".pdf");
    }

    @GetMapping(BASE + "/kvitto/" + TOKEN + ".pdf")
    public ResponseEntity<byte[]> tokenReceiptPdf(@PathVariable String lang, @PathVariable String token) {
        return pdf(links.receipt(token));
    }

    @GetMapping(BASE + "/andra/" + TOKEN)
    public String amendForm(@PathVariable String lang, @PathVariable String token, Model model) {
        Proposal p = links.amendable(token);
        model.addAttribute("token", token);
        return form(
                model,
                p,
                ProposalForms.ProposalForm.of(p),
                repository.attachments(p.id()),
                FormErrors.none(),
                lang,
                true);
    }

    @PostMapping(BASE + "/andra/" + TOKEN)
    public String amendSubmit(
            @PathVariable String lang,
            @PathVariable String token,
            @Valid @ModelAttribute("form") ProposalForms.ProposalForm form,
            BindingResult result,
            @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> attachments,
            Actor actor,
            Model model,
            HttpServletResponse response) {
        Proposal p = links.amendable(token);
        Result r = result.hasErrors() ? null : amend.amend(form.toAmendment(token, attachments), actor);
        if (!(r instanceof Result.Saved saved)) {
            response.setStatus(status(r));
            model.addAttribute("token", token);
            return form(
                    model,
                    p,
                    form,
                    repository.attachments(p.id()),
                    errors(result, r, ProposalForms.ProposalForm.FIELDS, lang),
                    lang,
                    true);
        }
        model.addAttribute("proposal", repository.byId(saved.id()).orElseThrow());
        return "proposals/amended";
    }

    // ---- helpers

    private String afterSave(String lang, long id, String action) {
        return "review".equals(action)
                ? "redirect:/" + lang + "/medborgarforslag/mina/" + id + "/granska"
                : "redirect:/" + lang + "/medborgarforslag/mina/" + id + "?sparat";
    }

    private String form(
            Model model,
            @Nullable Proposal proposal,
            ProposalForms.ProposalForm form,
            List<ProposalAttachment> attachments,
            FormErrors errors,
            String lang,
            boolean byLink) {
        Lang ui = Lang.fromCode(lang).orElse(Lang.SV);
        model.addAttribute("proposal", proposal);
        model.addAttribute("form", form);
        model.addAttribute("attachments", attachments);
        model.addAttribute("errors", errors);
        model.addAttribute("languages", views.languages(ui, form.language()));
        model.addAttribute("categories", views.categories(ui, form.category()));
        model.addAttribute("villages", views.villages(ui, form.village()));
        model.addAttribute("maxAttachments", properties.maxAttachments());
        model.addAttribute("byLink", byLink);
        if (!model.containsAttribute("mine")) {
            model.addAttribute("mine", List.of());
        }
        if (!model.containsAttribute("saved")) {
            model.addAttribute("saved", false);
        }
        return "proposals/form";
    }

    private String emailPage(Model model, ProposalForms.EmailProposalForm form, FormErrors errors, String lang) {
        Lang ui = Lang.fromCode(lang).orElse(Lang.SV);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("languages", views.languages(ui, form.language()));
        model.addAttribute("categories", views.categories(ui, form.category()));
        model.addAttribute("villages", views.villages(ui, form.village()));
        model.addAttribute("maxAttachments", properties.maxAttachments());
        return "proposals/emailForm";
    }

    private String receiptPage(Model model, Proposal p, String pdfHref) {
        model.addAttribute("proposal", p);
        model.addAttribute("attachments", repository.attachments(p.id()));
        model.addAttribute("pdfHref", pdfHref);
        return "proposals/receipt";
    }

    private ResponseEntity<byte[]> pdf(Proposal p) {
        byte[] bytes = receipt.pdf(p, repository.attachments(p.id()));
        String name = "kvitto-" + p.caseYear() + "-" + p.caseSeq() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }

    /** The resident's own proposal; anyone else's is "not found". */
    private Proposal own(long id, Actor actor) {
        Proposal p = repository.byId(id).orElseThrow(Problem::notFound);
        ProposalAccess.PROPOSER.check(actor, p);
        return p;
    }

    /** A resident's action: anyone else is asked to sign in (a staff member is refused). */
    private static Actor resident(Actor actor) {
        return ProposalAccess.resident(actor);
    }

    /** 400 for the form's own errors, else the use case's status. */
    private static int status(@Nullable Result r) {
        return r instanceof Result.Invalid invalid ? invalid.status() : 400;
    }

    private FormErrors errors(BindingResult result, @Nullable Result r, List<String> fields, String lang) {
        return Forms.errors(
                result,
                r instanceof Result.Invalid invalid ? invalid : null,
                "proposals.form",
                fields,
                messages,
                Lang.fromCode(lang).orElse(Lang.SV));
    }
}
