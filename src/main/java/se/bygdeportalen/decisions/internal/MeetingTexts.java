package se.bygdeportalen.decisions.internal;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.i18n.TranslatableText;

/** Notice-board texts about a meeting in all four languages, built from the bundles. */
@Component
class MeetingTexts {

    private final Messages messages;
    private final Organisation organisation;

    MeetingTexts(Messages messages, Organisation organisation) {
        this.messages = messages;
        this.organisation = organisation;
    }

    TranslatableText bodyName(String slug) {
        return organisation.body(slug).map(Body::name).orElse(TranslatableText.swedish(slug));
    }

    TranslatableText noticeTitle(Meeting meeting) {
        return text(meeting, "decisions.board.notice.title");
    }

    TranslatableText noticeSummary(Meeting meeting) {
        return text(meeting, "decisions.board.notice.summary");
    }

    TranslatableText approvalTitle(Meeting meeting) {
        return text(meeting, "decisions.board.minutes.title");
    }

    TranslatableText approvalSummary(Meeting meeting) {
        return text(meeting, "decisions.board.minutes.summary");
    }

    private TranslatableText text(Meeting meeting, String key) {
        TranslatableText body = bodyName(meeting.bodySlug());
        Map<Lang, String> values = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            DateFormats f = new DateFormats(lang);
            values.put(
                    lang,
                    messages.get(
                            lang,
                            key,
                            body.in(lang).text(),
                            f.date(meeting.date()),
                            f.time(meeting.startsAt()),
                            meeting.place(),
                            meeting.approvedOn() == null ? "" : f.date(meeting.approvedOn())));
        }
        return TranslatableText.of(values);
    }
}
