package se.bygdeportalen.decisions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.manifest.HomeTeaser;

/** The next meetings on the start page, so residents see what is about to be decided. */
@Component
class UpcomingMeetingsTeaser implements HomeTeaser {

    private final MeetingRepository meetings;
    private final Organisation organisation;
    private final Messages messages;
    private final Clock clock;

    UpcomingMeetingsTeaser(MeetingRepository meetings, Organisation organisation, Messages messages, Clock clock) {
        this.meetings = meetings;
        this.organisation = organisation;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "decisions.teaser.title";
    }

    @Override
    public String morePath() {
        return "/sammantraden";
    }

    @Override
    public String moreKey() {
        return "decisions.teaser.more";
    }

    @Override
    public List<Item> items(Lang lang) {
        Map<Long, Body> bodies =
                organisation.bodies().stream().collect(Collectors.toMap(Body::id, Function.identity()));
        DateFormats format = new DateFormats(lang);
        // Cancelled meetings and those of bodies no longer active are left out in the query, so a cancelled
        // meeting does not take one of the four places.
        return meetings.upcomingHeld(LocalDate.now(clock.withZone(DateFormats.ZONE)), bodies.keySet(), 4).stream()
                .map(m -> {
                    var name = Objects.requireNonNull(bodies.get(m.bodyId()), "filtered above")
                            .name()
                            .in(lang);
                    String when = format.dateWithWeekday(m.date())
                            + (m.startsAt() == null ? "" : ", " + format.time(m.startsAt()));
                    return new Item(
                            name.text(),
                            name.langAttr(),
                            "/sammantraden/" + m.id(),
                            m.place() == null || m.place().isBlank()
                                    ? when
                                    : messages.get(lang, "decisions.teaser.meta", when, m.place()));
                })
                .toList();
    }
}
