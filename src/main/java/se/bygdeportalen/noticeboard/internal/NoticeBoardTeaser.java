package se.bygdeportalen.noticeboard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.manifest.HomeTeaser;

/** What is on the notice board now, with the last day to appeal where there is one. */
@Component
class NoticeBoardTeaser implements HomeTeaser {

    private final NoticeRepository notices;
    private final Messages messages;
    private final Clock clock;

    NoticeBoardTeaser(NoticeRepository notices, Messages messages, Clock clock) {
        this.notices = notices;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String titleKey() {
        return "noticeboard.teaser.title";
    }

    @Override
    public String morePath() {
        return "/anslagstavla";
    }

    @Override
    public String moreKey() {
        return "noticeboard.teaser.more";
    }

    @Override
    public List<Item> items(Lang lang) {
        DateFormats format = new DateFormats(lang);
        return notices.current(LocalDate.now(clock.withZone(DateFormats.ZONE)), 4).stream()
                .map(n -> {
                    var title = n.title().in(lang);
                    String meta = n.lastDayToAppeal() != null
                            ? messages.get(lang, "noticeboard.teaser.appeal", format.date(n.lastDayToAppeal()))
                            : messages.get(lang, "noticeboard.teaser.posted", format.date(n.postedOn()));
                    return new Item(title.text(), title.langAttr(), "/anslagstavla/" + n.id(), meta);
                })
                .toList();
    }
}
