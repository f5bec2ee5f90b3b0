package se.bygdeportalen.decisions.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.bygdeportalen.decisions.internal.AgendaItem;
import se.bygdeportalen.decisions.internal.Decision;
import se.bygdeportalen.decisions.internal.DecisionRepository;
import se.bygdeportalen.decisions.internal.Meeting;
import se.bygdeportalen.decisions.internal.MeetingDocument;
import se.bygdeportalen.decisions.internal.MeetingRepository;
import se.bygdeportalen.decisions.internal.PublishNotice;
import se.bygdeportalen.noticeboard.NoticeBoard;
import se.bygdeportalen.noticeboard.PostedNotice;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.TranslatableText;

/**
 * Builds what the meeting and decision pages show, with a fixed number of queries however many
 * agenda items, documents and decisions there are.
 */
@Component
public class MeetingViews {

    /** A meeting in a list. */
    public record MeetingRow(Meeting meeting, TranslatableText bodyName, Meeting.Status status) {}

    /** An agenda item with its documents and decisions. */
    public record ItemView(AgendaItem item, List<MeetingDocument> documents, List<Decision> decisions) {}

    public record MeetingView(
            Meeting meeting,
            TranslatableText bodyName,
            Meeting.Status status,
            List<ItemView> items,
            List<MeetingDocument> otherDocuments,
            List<Decision> otherDecisions,
            @Nullable PostedNotice notice,
            @Nullable PostedNotice approval) {}

    public record DecisionView(
            Decision decision,
            TranslatableText bodyName,
            Meeting meeting,
            @Nullable AgendaItem item,
            List<Decision> earlier,
            List<Decision> later,
            @Nullable PostedNotice approval,
            Map<String, TranslatableText> bodyNames) {}

    private final Organisation organisation;
    private final MeetingRepository meetings;
    private final DecisionRepository decisions;
    private final NoticeBoard noticeBoard;
    private final Clock clock;

    MeetingViews(
            Organisation organisation,
            MeetingRepository meetings,
            DecisionRepository decisions,
            NoticeBoard noticeBoard,
            Clock clock) {
        this.organisation = organisation;
        this.meetings = meetings;
        this.decisions = decisions;
        this.noticeBoard = noticeBoard;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(DateFormats.ZONE));
    }

    /** Body names by slug, for every active body (one query). */
    Map<String, TranslatableText> bodyNames() {
        Map<String, TranslatableText> names = new HashMap<>();
        for (Body b : organisation.bodies()) {
            names.put(b.slug(), b.name());
        }
        return names;
    }

    public static TranslatableText name(Map<String, TranslatableText> names, String slug) {
        return names.getOrDefault(slug, TranslatableText.swedish(slug));
    }

    List<MeetingRow> rows(List<Meeting> list, Map<String, TranslatableText> names) {
        LocalDate today = today();
        return list.stream()
                .map(m -> new MeetingRow(m, name(names, m.bodySlug()), m.status(today)))
                .toList();
    }

    Optional<MeetingView> meeting(long id) {
        Optional<Meeting> found = meetings.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Meeting m = found.get();
        List<AgendaItem> agenda = meetings.agenda(id);
        List<MeetingDocument> documents = meetings.documents(id);
        List<Decision> taken = decisions.byMeeting(id);
        List<ItemView> items = new ArrayList<>();
        for (AgendaItem item : agenda) {
            items.add(new ItemView(
                    item,
                    documents.stream()
                            .filter(d -> Objects.equals(d.agendaItemId(), item.id()))
                            .toList(),
                    taken.stream()
                            .filter(d -> Objects.equals(d.agendaItemId(), item.id()))
                            .toList()));
        }
        PostedNotice notice = m.isCouncil() && m.noticePostedOn() != null
                ? noticeBoard
                        .bySource(PublishNotice.MODULE, PublishNotice.noticeRef(id))
                        .orElse(null)
                : null;
        PostedNotice approval = m.approvedOn() == null
                ? null
                : noticeBoard
                        .bySource(PublishNotice.MODULE, PublishNotice.minutesRef(id))
                        .orElse(null);
        return Optional.of(new MeetingView(
                m,
                name(bodyNames(), m.bodySlug()),
                m.status(today()),
                items,
                documents.stream().filter(d -> d.agendaItemId() == null).toList(),
                taken.stream().filter(d -> d.agendaItemId() == null).toList(),
                notice,
                approval));
    }

    Optional<DecisionView> decision(long id) {
        Optional<Decision> found = decisions.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Decision d = found.get();
        Meeting m = meetings.find(d.meetingId()).orElseThrow();
        AgendaItem item = d.agendaItemId() == null
                ? null
                : meetings.agendaItems(List.of(d.agendaItemId())).stream()
                        .findFirst()
                        .orElse(null);
        PostedNotice approval = m.approvedOn() == null
                ? null
                : noticeBoard
                        .bySource(PublishNotice.MODULE, PublishNotice.minutesRef(m.id()))
                        .orElse(null);
        Map<String, TranslatableText> names = bodyNames();
        return Optional.of(new DecisionView(
                d, name(names, d.bodySlug()), m, item, decisions.earlier(id), decisions.later(id), approval, names));
    }
}
