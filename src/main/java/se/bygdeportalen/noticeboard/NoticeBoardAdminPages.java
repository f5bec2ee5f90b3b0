package se.bygdeportalen.noticeboard;

import java.time.Clock;
import java.time.LocalDate;
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

import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.security.StaffOnly;
import se.bygdeportalen.platform.web.FormErrors;
import se.bygdeportalen.platform.web.LangResolution;
import se.bygdeportalen.platform.usecase.Problem;

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

    NoticeBoardAdminPages(NoticeRepository notices, PostOtherNotice postOther, WithdrawNotice withdraw, Organisation organisation,
                          Messages messages, Clock clock) {
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
    String post(@ModelAttribute("noticeForm") NoticeForms.OtherNoticeForm form, BindingResult result, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        if (postOther.post(form, today(), result) < 0) {
            response.setStatus(400);
            return page(model, FormErrors.of(result, "noticeboard.form", NoticeForms.OtherNoticeForm.FIELDS, messages,
                    LangResolution.resolve(request)), false);
        }
        return "redirect:/admin/anslagstavla?sparat";
    }

    @GetMapping("/admin/anslagstavla/{id}")
    String notice(@PathVariable long id, Model model) {
        model.addAttribute("withdrawForm", new NoticeForms.WithdrawForm(""));
        return noticePage(model, id, FormErrors.none());
    }

    @PostMapping("/admin/anslagstavla/{id}/ta-ned")
    String withdraw(@PathVariable long id, @ModelAttribute("withdrawForm") NoticeForms.WithdrawForm form, BindingResult result,
                    Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!withdraw.withdraw(id, form, result)) {
            response.setStatus(400);
            return noticePage(model, id, FormErrors.of(result, "noticeboard.withdraw", NoticeForms.WithdrawForm.FIELDS, messages,
                    LangResolution.resolve(request)));
        }
        return "redirect:/admin/anslagstavla?sparat";
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

    static List<String> fields() {
        return NoticeForms.OtherNoticeForm.FIELDS;
    }
}
