package se.bygdeportalen.decisions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.bygdeportalen.decisions.internal.Meeting;
import se.bygdeportalen.decisions.internal.MeetingRepository;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.api.CappedCount;
import se.bygdeportalen.platform.api.KeysetPage;
import se.bygdeportalen.platform.api.KeysetRequest;
import se.bygdeportalen.platform.files.FileResponses;
import se.bygdeportalen.platform.files.FileStorage;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.opendata.OpenDataResponses;
import se.bygdeportalen.platform.usecase.Problem;

/** Public meeting pages: upcoming meetings, the archive, one meeting, its documents and the calendar feeds. */
@Controller
public class MeetingPages {

    static final int PAGE_SIZE = 20;
    /** Upcoming meetings shown at most; a municipality plans perhaps 60 a year. */
    static final int UPCOMING_LIMIT = 100;

    private final MeetingViews views;
    private final MeetingRepository meetings;
    private final Organisation organisation;
    private final MeetingCalendar calendar;
    private final FileStorage storage;
    private final FileResponses files;
    private final Messages messages;

    MeetingPages(
            MeetingViews views,
            MeetingRepository meetings,
            Organisation organisation,
            MeetingCalendar calendar,
            FileStorage storage,
            FileResponses files,
            Messages messages) {
        this.views = views;
        this.meetings = meetings;
        this.organisation = organisation;
        this.calendar = calendar;
        this.storage = storage;
        this.files = files;
        this.messages = messages;
    }

    @GetMapping("/" + Lang.PATH + "/sammantraden")
    String upcoming(@PathVariable String lang, @RequestParam(required = false) @Nullable String body, Model model) {
        Map<String, TranslatableText> names = views.bodyNames();
        Body chosen = body == null || body.isBlank()
                ? null
                : organisation.body(body.strip()).orElse(null);
        List<Meeting> list = meetings.upcoming(views.today(), chosen == null ? null : chosen.id(), UPCOMING_LIMIT);
        model.addAttribute("meetings", views.rows(list, names));
        model.addAttribute("bodies", organisation.bodies());
        model.addAttribute("body", chosen == null ? "" : chosen.slug());
        return "decisions/meetings";
    }

    @GetMapping("/" + Lang.PATH + "/sammantraden/arkiv")
    String archive(
            @PathVariable String lang,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) String before,
            Model model) {
        Map<String, TranslatableText> names = views.bodyNames();
        Body chosen = body == null || body.isBlank()
                ? null
                : organisation.body(body.strip()).orElse(null);
        Integer y = DecisionPages.intOrNull(year);
        LocalDate today = views.today();
        String slug = chosen == null ? "" : chosen.slug();
        String yearText = y == null ? "" : String.valueOf(y);
        KeysetRequest request = KeysetRequest.forPage(
                "/sammantraden/arkiv",
                PAGE_SIZE,
                MeetingRepository.PAST,
                after,
                before,
                page,
                "body",
                slug,
                "year",
                yearText);
        CappedCount total = meetings.countPast(today, chosen == null ? null : chosen.id(), y);
        KeysetPage<Meeting> found = meetings.past(today, chosen == null ? null : chosen.id(), y, request);
        List<Meeting> list = found.items();
        model.addAttribute("meetings", views.rows(list, names));
        model.addAttribute("total", total);
        model.addAttribute("pages", found.links("/" + lang + "/sammantraden/arkiv?body=" + slug + "&year=" + yearText));
        model.addAttribute("bodies", organisation.bodies());
        model.addAttribute("years", meetings.years());
        model.addAttribute("body", chosen == null ? "" : chosen.slug());
        model.addAttribute("year", y == null ? "" : String.valueOf(y));
        return "decisions/archive";
    }

    @GetMapping("/" + Lang.PATH + "/sammantraden/{id:\\d+}")
    String meeting(@PathVariable String lang, @PathVariable long id, Model model) {
        model.addAttribute("view", views.meeting(id).orElseThrow(Problem::notFound));
        model.addAttribute("today", views.today());
        return "decisions/meeting";
    }

    @GetMapping("/" + Lang.PATH + "/sammantraden/{id:\\d+}/dokument/{fileId}")
    ResponseEntity<Resource> document(@PathVariable String lang, @PathVariable long id, @PathVariable String fileId) {
        UUID uuid = uuid(fileId);
        if (uuid == null || !meetings.hasDocument(id, uuid)) {
            throw Problem.notFound();
        }
        return files.attachment(storage.find(uuid).orElseThrow(Problem::notFound));
    }

    @GetMapping("/" + Lang.PATH + "/sammantraden/{id:\\d+}/protokoll")
    ResponseEntity<Resource> minutes(@PathVariable String lang, @PathVariable long id) {
        UUID file = meetings.find(id).map(Meeting::minutesFileId).orElse(null);
        if (file == null) {
            throw Problem.notFound();
        }
        return files.attachment(storage.find(file).orElseThrow(Problem::notFound));
    }

    @GetMapping("/" + Lang.PATH + "/sammantraden.ics")
    ResponseEntity<byte[]> allCalendar(@PathVariable String lang) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        List<Meeting> list = meetings.forCalendar(views.today().minusYears(1), null);
        return OpenDataResponses.download(
                OpenDataResponses.ICALENDAR,
                "sammantraden.ics",
                calendar.write(list, views.bodyNames(), l, messages.get(l, "decisions.calendar.all")));
    }

    @GetMapping("/" + Lang.PATH + "/sammantraden/{bodySlug:[a-z0-9-]+}.ics")
    ResponseEntity<byte[]> bodyCalendar(@PathVariable String lang, @PathVariable String bodySlug) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        Body body = organisation.body(bodySlug).orElseThrow(Problem::notFound);
        List<Meeting> list = meetings.forCalendar(views.today().minusYears(1), body.id());
        return OpenDataResponses.download(
                OpenDataResponses.ICALENDAR,
                bodySlug + ".ics",
                calendar.write(list, views.bodyNames(), l, body.name().in(l).text()));
    }

    /** Every meeting as CSV, streamed from a database cursor. */
    @GetMapping("/" + Lang.PATH + "/sammantraden.csv")
    void csv(@PathVariable String lang, HttpServletResponse response) throws IOException {
        Map<String, TranslatableText> names = views.bodyNames();
        Lang l = Lang.fromCode(lang).orElseThrow();
        LocalDate today = views.today();
        OpenDataResponses.csv(
                response,
                "sammantraden.csv",
                List.of(
                        "id",
                        "organization",
                        "organization_name",
                        "date",
                        "start",
                        "end",
                        "location",
                        "online_link",
                        "status",
                        "notice_posted_on",
                        "minutes_approved_on",
                        "minutes_approvers",
                        "approval_posted_on"),
                out -> meetings.forEach(m -> out.accept(List.of(
                        m.id(),
                        m.bodySlug(),
                        MeetingViews.name(names, m.bodySlug()).in(l).text(),
                        m.date(),
                        m.startsAt().toString(),
                        m.endsAt().toString(),
                        m.place(),
                        m.onlineLink() == null ? "" : m.onlineLink(),
                        m.status(today).name(),
                        m.noticePostedOn() == null ? "" : m.noticePostedOn().toString(),
                        m.approvedOn() == null ? "" : m.approvedOn().toString(),
                        String.join("; ", m.approvers()),
                        m.approvalPostedOn() == null ? "" : m.approvalPostedOn().toString()))));
    }

    static @Nullable UUID uuid(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
