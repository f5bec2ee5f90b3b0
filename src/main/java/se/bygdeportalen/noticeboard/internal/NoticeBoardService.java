package se.bygdeportalen.noticeboard.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.noticeboard.NewNotice;
import se.bygdeportalen.noticeboard.NoticeBoard;
import se.bygdeportalen.noticeboard.PostedNotice;

/**
 * The notice board as other modules use it: post, look up and withdraw notices. It takes no actor:
 * the calling module's use case has already checked its actor (for decisions, the registrar-scope
 * rule) and records the change in the audit log under its own action, in the same transaction.
 * The board enforces only the rules of notices themselves.
 */
@Component
class NoticeBoardService implements NoticeBoard {

    private final NoticeRepository notices;

    NoticeBoardService(NoticeRepository notices) {
        this.notices = notices;
    }

    @Override
    @Transactional
    public long post(NewNotice notice) {
        if (notice.kind() == null
                || blank(notice.sourceModule())
                || blank(notice.sourceRef())
                || notice.title() == null) {
            throw new IllegalArgumentException("A notice needs a kind, a source and a title");
        }
        if (notice.path() != null && !notice.path().matches("^/[^/].*")) {
            throw new IllegalArgumentException(
                    "A notice's path follows the language prefix and starts with one slash: " + notice.path());
        }
        NoticeRules.Period period = NoticeRules.period(notice.kind(), notice.postedOn(), notice.eventDate());
        if (notices.liveBySource(notice.sourceModule(), notice.sourceRef()).isPresent()) {
            throw new IllegalArgumentException("A notice is already posted for " + notice.sourceModule() + "/"
                    + notice.sourceRef() + "; withdraw it first");
        }
        return notices.insert(notice, period);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PostedNotice> bySource(String sourceModule, String sourceRef) {
        return notices.liveBySource(sourceModule, sourceRef).map(Notice::posted);
    }

    @Override
    @Transactional
    public void withdraw(String sourceModule, String sourceRef, String reason) {
        notices.liveBySource(sourceModule, sourceRef).ifPresent(n -> notices.withdraw(n.id(), reason));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
