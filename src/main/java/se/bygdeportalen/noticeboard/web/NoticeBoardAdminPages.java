package se.bygdeportalen.noticeboard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.bygdeportalen.noticeboard.internal.NoticeRepository;
import se.bygdeportalen.noticeboard.internal.PostOtherNotice;
import se.bygdeportalen.noticeboard.internal.WithdrawNotice;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.security.StaffOnly;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.validation.Parse;
import se.bygdeportalen.platform.web.FormErrors;
import se.bygdeportalen.platform.web.Forms;
import se.bygdeportalen.platform.web.LangResolution;
import se.bygdeportalen.platform.web.TranslatableInput;

/** Staff post other notices and withdraw notices. */
@Controller
@StaffOnly({Role.COMMUNICATOR, Role.REGISTRAR, Role.ADMINISTRATOR})
class NoticeBoardAdminPages {

    static final int LIST_LIMIT = 100;

    private final NoticeRepository notices;
    private final PostOtherNotice postOther;
    private final WithdrawNotice withdraw;
    private final Organisation organisation;
    private final Messages messages;
    private final Clock clock;

    NoticeBoardAdminPages(
            NoticeRepository notices,
            PostOtherNotice postOther,
            WithdrawNotice withdraw,
            Organisation organisation,
            Messages messages,
            Clock clock) {
        this.notices = notices;
        this.postOther = postOther;
        this.withdraw = withdraw;
        this.organisation = organisation;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/anslagstavla")
    String list(Model model, HttpServletRequest request) {
        model.addAttribute("noticeForm", NoticeForms.OtherNoticeForm.empty(today().toString()));
        return page(model, FormErrors.none(), request.getParameter("sparat") != null);
    }

    @PostMapping("/admin/anslagstavla")
    String post(
            @Valid @ModelAttribute("noticeForm") NoticeForms.OtherNoticeForm form,
            BindingResult binding,
            Actor actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        TranslatableText title = TranslatableInput.read(form.title(), "title", true, 200, binding);
        TranslatableText summary = TranslatableInput.read(form.summary(), "summary", false, 2000, binding);
        LocalDate postedOn = binding.hasFieldErrors("postedOn") ? null : Parse.date(form.postedOn());
        if (binding.hasErrors() && postedOn != null && postedOn.isBefore(today())) {
            // The use case says so too; here so that the page lists it with the other errors at once.
            binding.rejectValue("postedOn", "past");
        }
        if (Forms.saved(
                binding,
                response,
                () -> postOther.postOtherNotice(
                        new PostOtherNotice.Command(
                                title,
                                summary,
                                Parse.text(form.bodySlug()),
                                postedOn,
                                Parse.date(form.lastDay()),
                                Parse.text(form.path())),
                        actor))) {
            return "redirect:/admin/anslagstavla?sparat";
        }
        model.addAttribute("noticeForm", form);
        return page(
                model,
                FormErrors.of(
                        binding,
                        "noticeboard.form",
                        NoticeForms.OtherNoticeForm.FIELDS,
                        messages,
                        LangResolution.resolve(request)),
                false);
    }

    @GetMapping("/admin/anslagstavla/{id}")
    String notice(@PathVariable long id, Model model) {
        model.addAttribute("withdrawForm", new NoticeForms.WithdrawForm(""));
        return noticePage(model, id, FormErrors.none());
    }

    @PostMapping("/admin/anslagstavla/{id}/ta-ned")
    String withdraw(
            @PathVariable long id,
            @Valid @ModelAttribute("withdrawForm") NoticeForms.WithdrawForm form,
            BindingResult binding,
            Actor actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (Forms.saved(
                binding,
                response,
                () -> withdraw.withdrawNotice(new WithdrawNotice.Command(id, form.reason()), actor))) {
            return "redirect:/admin/anslagstavla?sparat";
        }
        model.addAttribute("withdrawForm", form);
        return noticePage(
                model,
                id,
                FormErrors.of(
                        binding,
                        "noticeboard.withdraw",
                        NoticeForms.WithdrawForm.FIELDS,
                        messages,
                        LangResolution.resolve(request)));
    }

    private String page(Model model, FormErrors errors, boolean saved) {
        model.addAttribute("notices", notices.recent(LIST_LIMIT));
        model.addAttribute("bodies", organisation.bodies());
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        model.addAttribute("today", today());
        return "noticeboard/admin";
    }

    private String noticePage(Model model, long id, FormErrors errors) {
        model.addAttribute("notice", notices.byId(id).orElseThrow(Problem::notFound));
        model.addAttribute("errors", errors);
        model.addAttribute("today", today());
        return "noticeboard/adminNotice";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DateFormats.ZONE));
    }
}
