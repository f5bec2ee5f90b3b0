package se.bygdeportalen.noticeboard;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.usecase.Problem;

/** Staff take a notice off the board before its time, with a reason that the archive shows. */
@Component
class WithdrawNotice {

    private final NoticeRepository notices;
    private final AuditLog audit;

    WithdrawNotice(NoticeRepository notices, AuditLog audit) {
        this.notices = notices;
        this.audit = audit;
    }

    @Transactional
    boolean withdraw(long id, NoticeForms.WithdrawForm form, Errors errors) {
        Notice notice = notices.byId(id).orElseThrow(Problem::notFound);
        String reason = form.reason() == null ? "" : form.reason().replaceAll("[\\x00-\\x1F\\x7F]", " ").strip();
        if (reason.isEmpty()) {
            errors.rejectValue("reason", "NotBlank");
        } else if (reason.length() > 500) {
            errors.rejectValue("reason", "Size");
        }
        if (notice.isWithdrawn()) {
            errors.rejectValue("reason", "alreadyWithdrawn");
        }
        if (errors.hasErrors()) {
            return false;
        }
        notices.withdraw(id, reason);
        audit.record("noticeboard.notice.withdrawn", "noticeboard_notice", id, "Withdrew the notice " + notice.sourceModule() + "/"
                + notice.sourceRef() + ": " + reason, Map.of("withdrawn", false), Map.of("withdrawn", true, "reason", reason));
        return true;
    }
}
