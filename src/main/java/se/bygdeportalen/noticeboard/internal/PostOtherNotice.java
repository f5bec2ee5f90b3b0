package se.bygdeportalen.noticeboard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.noticeboard.Kind;
import se.bygdeportalen.noticeboard.NewNotice;
import se.bygdeportalen.noticeboard.NoticeBoard;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;

/** A communicator, registrar or administrator posts another notice, e.g. a kungörelse of a public consultation. */
@Component
public class PostOtherNotice {

    static final int MAX_DAYS = 366;

    /**
     * @param bodySlug the body the notice concerns, or null
     * @param lastDay  the last day it is on the board
     * @param path     where to read more, after the language prefix, or null
     */
    public record Command(
            @Nullable TranslatableText title,
            @Nullable TranslatableText summary,
            @Nullable String bodySlug,
            @Nullable LocalDate postedOn,
            @Nullable LocalDate lastDay,
            @Nullable String path) {}

    private final NoticeBoard board;
    private final Organisation organisation;
    private final NoticeAccess access;
    private final AuditLog audit;
    private final Clock clock;

    PostOtherNotice(NoticeBoard board, Organisation organisation, NoticeAccess access, AuditLog audit, Clock clock) {
        this.board = board;
        this.organisation = organisation;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result postOtherNotice(Command command, Actor actor) {
        String bodySlug = command.bodySlug() == null || command.bodySlug().isBlank()
                ? null
                : command.bodySlug().strip();
        access.check(actor, new NoticeAccess.Target(bodySlug));
        LocalDate today = LocalDate.now(clock.withZone(DateFormats.ZONE));
        Violations violations = new Violations();
        TranslatableText title = command.title();
        if (title == null) {
            violations.reject("title[sv]", "validation.translatable.swedishRequired");
        }
        if (bodySlug != null && organisation.body(bodySlug).isEmpty()) {
            violations.reject("bodySlug", "invalid");
        }
        LocalDate postedOn = command.postedOn();
        LocalDate lastDay = command.lastDay();
        if (postedOn == null) {
            violations.reject("postedOn", "NotNull");
        } else if (postedOn.isBefore(today)) {
            violations.reject("postedOn", "past");
        }
        if (lastDay == null) {
            violations.reject("lastDay", "NotNull");
        }
        if (postedOn != null && lastDay != null) {
            if (lastDay.isBefore(postedOn)) {
                violations.reject("lastDay", "beforeStart");
            } else if (lastDay.isAfter(postedOn.plusDays(MAX_DAYS))) {
                violations.reject("lastDay", "tooLong");
            }
        }
        String path = command.path() == null || command.path().isBlank()
                ? null
                : command.path().strip();
        if (path != null && !path.matches("/[a-z0-9][a-z0-9/._?=&%-]{0,300}")) {
            violations.reject("path", "Pattern");
        }
        if (violations.any() || title == null || postedOn == null || lastDay == null) { // each is a violation above
            return violations.invalid();
        }
        String ref = "staff-" + UUID.randomUUID();
        long id = board.post(new NewNotice(
                Kind.OTHER, "noticeboard", ref, title, command.summary(), bodySlug, postedOn, lastDay, path));
        Map<String, @Nullable Object> after = new LinkedHashMap<>();
        after.put("title", title.toJson());
        after.put("bodySlug", bodySlug);
        after.put("postedOn", postedOn.toString());
        after.put("lastDay", lastDay.toString());
        after.put("path", path);
        audit.recordCreate(
                actor,
                NoticeBoardAudit.NOTICE_POSTED,
                "noticeboard_notice",
                id,
                "Posted the notice " + title.raw(Lang.SV),
                after);
        return Result.saved(id);
    }
}
