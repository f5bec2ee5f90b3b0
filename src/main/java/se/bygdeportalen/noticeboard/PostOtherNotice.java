package se.bygdeportalen.noticeboard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.web.FormValues;
import se.bygdeportalen.platform.web.TranslatableInput;

/** A communicator, registrar or administrator posts another notice, e.g. a kungörelse of a public consultation. */
@Component
class PostOtherNotice {

    static final int MAX_DAYS = 366;

    private final NoticeBoard board;
    private final Organisation organisation;
    private final AuditLog audit;

    PostOtherNotice(NoticeBoard board, Organisation organisation, AuditLog audit) {
        this.board = board;
        this.organisation = organisation;
        this.audit = audit;
    }

    @Transactional
    long post(NoticeForms.OtherNoticeForm form, LocalDate today, Errors errors) {
        TranslatableText title = TranslatableInput.read(form.title(), "title", true, 200, errors);
        TranslatableText summary = TranslatableInput.read(form.summary(), "summary", false, 2000, errors);
        String bodySlug = form.bodySlug() == null || form.bodySlug().isBlank() ? null : form.bodySlug().strip();
        if (bodySlug != null && organisation.body(bodySlug).isEmpty()) {
            errors.rejectValue("bodySlug", "invalid");
        }
        LocalDate postedOn = FormValues.date(form.postedOn(), "postedOn", true, errors);
        LocalDate lastDay = FormValues.date(form.lastDay(), "lastDay", true, errors);
        if (postedOn != null && postedOn.isBefore(today)) {
            errors.rejectValue("postedOn", "past");
        }
        if (postedOn != null && lastDay != null) {
            if (lastDay.isBefore(postedOn)) {
                errors.rejectValue("lastDay", "beforeStart");
            } else if (lastDay.isAfter(postedOn.plusDays(MAX_DAYS))) {
                errors.rejectValue("lastDay", "tooLong");
            }
        }
        String path = form.path() == null || form.path().isBlank() ? null : form.path().strip();
        if (path != null && !path.matches("/[a-z0-9][a-z0-9/._?=&%-]{0,300}")) {
            errors.rejectValue("path", "Pattern");
        }
        if (errors.hasErrors()) {
            return -1;
        }
        String ref = "staff-" + UUID.randomUUID();
        long id = board.post(new NewNotice(Kind.OTHER, "noticeboard", ref, title, summary, bodySlug, postedOn, lastDay, path));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", title.toJson());
        after.put("bodySlug", bodySlug);
        after.put("postedOn", postedOn.toString());
        after.put("lastDay", lastDay.toString());
        after.put("path", path);
        audit.recordCreate("noticeboard.notice.posted", "noticeboard_notice", id, "Posted the notice " + title.raw(Lang.SV), after);
        return id;
    }
}
