package se.bygdeportalen.proposals;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.security.CurrentUser;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.web.FormErrors;
import se.bygdeportalen.platform.usecase.Problem;

/**
 * Writing and sending a proposal: with e-ID (drafts, review, send, receipt), without e-ID (form,
 * e-mail confirmation, receipt by link), and changing it after the registrar asked for it.
 */
@Controller
class ProposalSubmitPages {

    private static final String BASE = "/" + Lang.PATH + "/medborgarforslag";
    private static final String TOKEN = "{token:[A-Za-z0-9_-]+}";

    private final ProposalRepository repository;
    private final SaveProposalDraft saveDraft;
    private final SubmitProposal submit;
    private final SubmitProposalByEmail submitByEmail;
    private final ConfirmProposal confirm;
    private final AmendProposalByLink amend;
    private final ProposalReceipt receipt;
    private final ProposalViews views;
    private final ProposalsProperties properties;
    private final WithdrawProposal withdraw;
    private final Messages messages;

    ProposalSubmitPages(ProposalRepository repository, SaveProposalDraft saveDraft, SubmitProposal submit,
                        SubmitProposalByEmail submitByEmail, ConfirmProposal confirm, AmendProposalByLink amend,
                        ProposalReceipt receipt, ProposalViews views, ProposalsProperties properties, Messages messages,
                        WithdrawProposal withdraw) {
        this.withdraw = withdraw;
        this.repository = repository;
        this.saveDraft = saveDraft;
        this.submit = submit;
        this.submitByEmail = submitByEmail;
        this.confirm = confirm;
        this.amend = amend;
        this.receipt = receipt;
        this.views = views;
        this.properties = properties;
        this.messages = messages;
    }

    /** The problem page a {@link ProposalProblem} is forwarded to (any method: the failed request may be a POST). */
    @RequestMapping(BASE + "/problem")
    String problem(@PathVariable String lang, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!(request.getAttribute(ProposalProblemAdvice.ATTRIBUTE) instanceof ProposalProblem problem)) {
            throw Problem.notFound();
        }
        response.setStatus(problem.status().value());
        model.addAttribute("messageKey", problem.messageKey());
        return "proposals/problem";
    }

    // ---- with e-ID

    @GetMapping(BASE + "/nytt")
    String start(@PathVariable String lang, Model model) {
        PortalUser user = CurrentUser.get().filter(PortalUser::isResident).orElse(null);
        if (user == null) {
            return "proposals/start";
        }
        model.addAttribute("mine", repository.byResident(user.id()));
        return form(model, null, ProposalForms.ProposalForm.empty(lang, UUID.randomUUID().toString()), List.of(), FormErrors.none(), lang, false);
    }

    @PostMapping(BASE + "/nytt")
    String create(@PathVariable String lang, @Valid @ModelAttribute("form") ProposalForms.ProposalForm form, BindingResult result,
                  @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
                  @RequestParam(name = "action", defaultValue = "save") String action,
                  Model model, HttpServletRequest request, HttpServletResponse response) {
        PortalUser user = residentOrNull();
        if (user == null) {
            return "redirect:/" + lang + "/logga-in";
        }
        FormResult r = saveDraft.save(null, form, attachments, result, user);
        if (!r.ok()) {
            response.setStatus(r.status());
            model.addAttribute("mine", repository.byResident(user.id()));
            return form(model, null, form, List.of(), errors(result, ProposalForms.ProposalForm.FIELDS, lang), lang, false);
        }
        return afterSave(lang, r.id(), action);
    }

    @GetMapping(BASE + "/mina/{id:[0-9]+}")
    String mine(@PathVariable String lang, @PathVariable long id, Model model, HttpServletRequest request) {
        PortalUser user = residentOrNull();
        if (user == null) {
            return "redirect:/" + lang + "/logga-in";
        }
        Proposal p = own(id, user);
        if (!p.status().editableByProposer()) {
            return "redirect:/" + lang + "/medborgarforslag/mina/" + id + "/kvitto";
        }
        model.addAttribute("saved", request.getParameter("sparat") != null);
        return form(model, p, ProposalForms.ProposalForm.of(p), repository.attachments(id), FormErrors.none(), lang, false);
    }

    @PostMapping(BASE + "/mina/{id:[0-9]+}")
    String update(@PathVariable String lang, @PathVariable long id, @Valid @ModelAttribute("form") ProposalForms.ProposalForm form,
                  BindingResult result, @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
                  @RequestParam(name = "action", defaultValue = "save") String action, Model model, HttpServletResponse response) {
        PortalUser user = residentOrNull();
        if (user == null) {
            return "redirect:/" + lang + "/logga-in";
        }
        FormResult r = saveDraft.save(id, form, attachments, result, user);
        if (!r.ok()) {
            response.setStatus(r.status());
            Proposal p = own(id, user);
            return form(model, p, form, repository.attachments(id), errors(result, ProposalForms.ProposalForm.FIELDS, lang), lang, false);
        }
        return afterSave(lang, id, action);
    }

    @PostMapping(BASE + "/mina/{id:[0-9]+}/bilagor/{attachment:[0-9]+}/ta-bort")
    String removeAttachment(@PathVariable String lang, @PathVariable long id, @PathVariable long attachment) {
        PortalUser user = requireResident();
        saveDraft.removeAttachment(id, attachment, user);
        return "redirect:/" + lang + "/medborgarforslag/mina/" + id + "?sparat#f-attachments";
    }

    @PostMapping(BASE + "/mina/{id:[0-9]+}/ta-bort")
    String deleteDraft(@PathVariable String lang, @PathVariable long id) {
        saveDraft.delete(id, requireResident());
        return "redirect:/" + lang + "/medborgarforslag/nytt?borttaget";
    }

    @GetMapping(BASE + "/mina/{id:[0-9]+}/granska")
    String review(@PathVariable String lang, @PathVariable long id, Model model) {
        PortalUser user = residentOrNull();
        if (user == null) {
            return "redirect:/" + lang + "/logga-in";
        }
        Proposal p = own(id, user);
        if (!p.status().editableByProposer()) {
            return "redirect:/" + lang + "/medborgarforslag/mina/" + id + "/kvitto";
        }
        model.addAttribute("proposal", p);
        model.addAttribute("attachments", repository.attachments(id));
        model.addAttribute("villageNames", views.villageNames(Lang.fromCode(lang).orElse(Lang.SV)));
        return "proposals/review";
    }

    @PostMapping(BASE + "/mina/{id:[0-9]+}/skicka")
    String send(@PathVariable String lang, @PathVariable long id, HttpServletRequest request) {
        PortalUser user = requireResident();
        submit.submit(id, user, request);
        return "redirect:/" + lang + "/medborgarforslag/mina/" + id + "/kvitto";
    }

    @GetMapping(BASE + "/mina/{id:[0-9]+}/kvitto")
    String ownReceipt(@PathVariable String lang, @PathVariable long id, Model model) {
        PortalUser user = residentOrNull();
        if (user == null) {
            return "redirect:/" + lang + "/logga-in";
        }
        Proposal p = own(id, user);
        if (p.caseNumber() == null) {
            return "redirect:/" + lang + "/medborgarforslag/mina/" + id;
        }
        model.addAttribute("withdrawHref", p.status() == ProposalStatus.SUBMITTED || p.status() == ProposalStatus.AMENDMENT_REQUESTED
                ? "/" + lang + "/medborgarforslag/mina/" + id + "/aterkalla" : null);
        return receiptPage(model, p, "/" + lang + "/medborgarforslag/mina/" + id + "/kvitto.pdf");
    }

    @PostMapping(BASE + "/mina/{id:[0-9]+}/aterkalla")
    String withdraw(@PathVariable String lang, @PathVariable long id) {
        withdraw.withdraw(id, requireResident());
        return "redirect:/" + lang + "/medborgarforslag/mina/" + id + "/kvitto";
    }

    @GetMapping(BASE + "/mina/{id:[0-9]+}/kvitto.pdf")
    ResponseEntity<byte[]> ownReceiptPdf(@PathVariable String lang, @PathVariable long id) {
        Proposal p = own(id, requireResident());
        if (p.caseNumber() == null) {
            throw Problem.notFound();
        }
        return pdf(p);
    }

    // ---- without e-ID

    @GetMapping(BASE + "/nytt/utan-e-legitimation")
    String emailForm(@PathVariable String lang, Model model) {
        return emailPage(model, ProposalForms.EmailProposalForm.empty(lang, UUID.randomUUID().toString()), FormErrors.none(), lang);
    }

    @PostMapping(BASE + "/nytt/utan-e-legitimation")
    String emailSubmit(@PathVariable String lang, @Valid @ModelAttribute("form") ProposalForms.EmailProposalForm form, BindingResult result,
                       @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
                       Model model, HttpServletRequest request, HttpServletResponse response) {
        FormResult r = submitByEmail.submit(form, attachments, result, request);
        if (!r.ok()) {
            response.setStatus(r.status());
            return emailPage(model, form, errors(result, ProposalForms.EmailProposalForm.FIELDS, lang), lang);
        }
        return "redirect:/" + lang + "/medborgarforslag/nytt/utan-e-legitimation/skickat";
    }

    @GetMapping(BASE + "/nytt/utan-e-legitimation/skickat")
    String emailSent(@PathVariable String lang, Model model) {
        model.addAttribute("hours", properties.confirmationValidity().toHours());
        return "proposals/emailSent";
    }

    @GetMapping(BASE + "/bekrafta/" + TOKEN)
    String confirmPage(@PathVariable String lang, @PathVariable String token, Model model) {
        model.addAttribute("proposal", confirm.pending(token));
        model.addAttribute("token", token);
        return "proposals/confirm";
    }

    @PostMapping(BASE + "/bekrafta/" + TOKEN)
    String confirm(@PathVariable String lang, @PathVariable String token) {
        String receiptToken = confirm.confirm(token);
        return "redirect:/" + lang + "/medborgarforslag/kvitto/" + receiptToken;
    }

    @GetMapping(BASE + "/kvitto/" + TOKEN)
    String tokenReceipt(@PathVariable String lang, @PathVariable String token, Model model) {
        Proposal p = byReceiptToken(token);
        return receiptPage(model, p, "/" + lang + "/medborgarforslag/kvitto/" + token + ".pdf");
    }

    @GetMapping(BASE + "/kvitto/" + TOKEN + ".pdf")
    ResponseEntity<byte[]> tokenReceiptPdf(@PathVariable String lang, @PathVariable String token) {
        return pdf(byReceiptToken(token));
    }

    @GetMapping(BASE + "/andra/" + TOKEN)
    String amendForm(@PathVariable String lang, @PathVariable String token, Model model) {
        Proposal p = amend.byToken(token);
        model.addAttribute("token", token);
        return form(model, p, ProposalForms.ProposalForm.of(p), repository.attachments(p.id()), FormErrors.none(), lang, true);
    }

    @PostMapping(BASE + "/andra/" + TOKEN)
    String amendSubmit(@PathVariable String lang, @PathVariable String token, @Valid @ModelAttribute("form") ProposalForms.ProposalForm form,
                       BindingResult result, @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
                       Model model, HttpServletResponse response) {
        FormResult r = amend.amend(token, form, attachments, result);
        if (!r.ok()) {
            response.setStatus(r.status());
            Proposal p = amend.byToken(token);
            model.addAttribute("token", token);
            return form(model, p, form, repository.attachments(p.id()), errors(result, ProposalForms.ProposalForm.FIELDS, lang), lang, true);
        }
        model.addAttribute("proposal", repository.byId(r.id()).orElseThrow());
        return "proposals/amended";
    }

    // ---- helpers

    private String afterSave(String lang, long id, String action) {
        return "review".equals(action) ? "redirect:/" + lang + "/medborgarforslag/mina/" + id + "/granska"
                : "redirect:/" + lang + "/medborgarforslag/mina/" + id + "?sparat";
    }

    private String form(Model model, Proposal proposal, ProposalForms.ProposalForm form, List<ProposalAttachment> attachments,
                        FormErrors errors, String lang, boolean byLink) {
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
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }

    private Proposal byReceiptToken(String token) {
        if (!Tokens.wellFormed(token)) {
            throw Problem.notFound();
        }
        return repository.byTokenHash("receipt_token_hash", Tokens.hash(token)).orElseThrow(Problem::notFound);
    }

    private Proposal own(long id, PortalUser user) {
        return repository.byId(id).filter(p -> p.ownedBy(user.id())).orElseThrow(Problem::notFound);
    }

    private static PortalUser residentOrNull() {
        return CurrentUser.get().filter(PortalUser::isResident).orElse(null);
    }

    private static PortalUser requireResident() {
        return CurrentUser.get().filter(PortalUser::isResident)
                .orElseThrow(() -> new ProposalProblem(org.springframework.http.HttpStatus.UNAUTHORIZED, "proposals.problem.signInNeeded"));
    }

    private FormErrors errors(BindingResult result, List<String> fields, String lang) {
        return FormErrors.of(result, "proposals.form", fields, messages, Lang.fromCode(lang).orElse(Lang.SV));
    }
}
