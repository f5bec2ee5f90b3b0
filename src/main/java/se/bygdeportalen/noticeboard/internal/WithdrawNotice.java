package se.bygdeportalen.noticeboard.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;

/** Staff take a notice off the board before its time, with a reason that the archive shows. */
@Component
public class WithdrawNotice {

    public record Command(long noticeId, @Nullable String reason) {}

    private final NoticeRepository notices;
    private final NoticeAccess access;
    private final AuditLog audit;

    WithdrawNotice(NoticeRepository notices, NoticeAccess access, AuditLog audit) {
        this.notices = notices;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public Result withdrawNotice(Command command, Actor actor) {
        access.check(actor, NoticeAccess.ANY_BODY); // the role first: nobody else learns whether the notice exists
        long id = command.noticeId();
        Notice notice = notices.byId(id).orElseThrow(Problem::notFound);
        access.check(actor, new NoticeAccess.Target(notice.bodySlug()));
        String reason = command.reason() == null
                ? ""
                : command.reason().replaceAll("[\\x00-\\x1F\\x7F]", " ").strip();
        Violations violations = new Violations();
        if (reason.isEmpty()) {
            violations.reject("reason", "NotBlank");
        } else if (reason.length() > 500) {
            violations.reject("reason", "Size");
        }
        if (notice.isWithdrawn()) {
            violations.reject("reason", "alreadyWithdrawn");
        }
        if (violations.any()) {
            return violations.invalid();
        }
        notices.withdraw(id, reason);
        audit.record(
                actor,
                NoticeBoardAudit.NOTICE_WITHDRAWN,
                "noticeboard_notice",
                id,
                "Withdrew the notice " + notice.sourceModule() + "/" + notice.sourceRef() + ": " + reason,
                Map.of("withdrawn", false),
                Map.of("withdrawn", true, "reason", reason));
        return Result.saved(id);
    }
}
