package se.bygdeportalen.noticeboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.bygdeportalen.noticeboard.internal.Notice;
import se.bygdeportalen.noticeboard.internal.NoticeRepository;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.PlatformProperties;
import se.bygdeportalen.platform.api.CappedCount;
import se.bygdeportalen.platform.api.KeysetPage;
import se.bygdeportalen.platform.api.KeysetRequest;
import se.bygdeportalen.platform.feed.AtomFeed;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.opendata.OpenDataResponses;
import se.bygdeportalen.platform.usecase.Problem;

/** The public notice board, each notice, the archive, the guide to appealing, and the board's Atom feed. */
@Controller
class NoticeBoardPages {

    static final int CURRENT_LIMIT = 200;
    static final int ARCHIVE_PAGE_SIZE = 25;

    private final NoticeRepository notices;
    private final Organisation organisation;
    private final Messages messages;
    private final PlatformProperties properties;
    private final Clock clock;

    NoticeBoardPages(
            NoticeRepository notices,
            Organisation organisation,
            Messages messages,
            PlatformProperties properties,
            Clock clock) {
        this.notices = notices;
        this.organisation = organisation;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/" + Lang.PATH + "/anslagstavla")
    String board(@PathVariable String lang, Model model) {
        LocalDate today = today();
        model.addAttribute("notices", notices.current(today, CURRENT_LIMIT));
        model.addAttribute("bodies", bodies());
        model.addAttribute("today", today);
        return "noticeboard/board";
    }

    @GetMapping("/" + Lang.PATH + "/anslagstavla/{id:\\d{1,18}}")
    String notice(@PathVariable String lang, @PathVariable long id, Model model) {
        Notice notice = notices.byId(id).orElseThrow(Problem::notFound);
        LocalDate today = today();
        if (notice.postedOn().isAfter(today)) {
            throw Problem.notFound(); // not yet posted
        }
        model.addAttribute("notice", notice);
        model.addAttribute("bodies", bodies());
        model.addAttribute("today", today);
        return "noticeboard/notice";
    }

    @GetMapping("/" + Lang.PATH + "/anslagstavla/arkiv")
    String archive(
            @PathVariable String lang,
            @RequestParam(required = false) String organ,
            @RequestParam(name = "ar", required = false) String year,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) String before,
            Model model) {
        LocalDate today = today();
        Map<String, Body> bodies = bodies();
        String body = organ != null && bodies.containsKey(organ) ? organ : null;
        Integer y = year != null && year.matches("\\d{4}") ? Integer.valueOf(year) : null;
        CappedCount total = notices.countArchive(today, body, y);
        StringBuilder base =
                new StringBuilder("/" + Lang.fromCode(lang).orElse(Lang.SV).code() + "/anslagstavla/arkiv");
        if (body != null) {
            base.append("?organ=").append(body);
        }
        if (y != null) {
            base.append(body != null ? '&' : '?').append("ar=").append(y);
        }
        KeysetRequest request = KeysetRequest.forPage(
                "/anslagstavla/arkiv",
                ARCHIVE_PAGE_SIZE,
                NoticeRepository.ARCHIVE,
                after,
                before,
                page,
                "organ",
                body,
                "ar",
                y == null ? null : y.toString());
        KeysetPage<Notice> found = notices.archive(today, body, y, request);
        model.addAttribute("notices", found.items());
        model.addAttribute("total", total);
        model.addAttribute("pages", found.links(base.toString()));
        model.addAttribute("bodies", bodies);
        model.addAttribute("years", notices.archiveYears());
        model.addAttribute("selectedBody", body);
        model.addAttribute("selectedYear", y);
        model.addAttribute("today", today);
        return "noticeboard/archive";
    }

    @GetMapping("/" + Lang.PATH + "/anslagstavla/overklaga")
    String appeal(@PathVariable String lang) {
        return "noticeboard/appeal";
    }

    @GetMapping("/" + Lang.PATH + "/anslagstavla.atom")
    ResponseEntity<byte[]> feed(@PathVariable String lang) {
        Lang l = Lang.fromCode(lang).orElseThrow(Problem::notFound);
        LocalDate today = today();
        List<Notice> current = notices.current(today, CURRENT_LIMIT);
        String base = properties.baseUrl() + "/" + l.code();
        AtomFeed feed = AtomFeed.builder(
                        base + "/anslagstavla.atom",
                        messages.get(l, "noticeboard.title") + " – " + messages.get(l, "noticeboard.feed.municipality"),
                        l.code())
                .subtitle(messages.get(l, "noticeboard.lead"))
                .alternate(base + "/anslagstavla")
                .updated(current.stream()
                        .map(n -> n.postedOn().atStartOfDay(DateFormats.ZONE).toInstant())
                        .max(java.util.Comparator.naturalOrder())
                        .orElse(today.atStartOfDay(ZoneOffset.UTC).toInstant()));
        DateFormats dates = new DateFormats(l);
        for (Notice n : current) {
            var title = n.title().in(l);
            StringBuilder summary = new StringBuilder(
                    messages.get(l, "noticeboard.kind." + n.kind().name()));
            summary.append(". ")
                    .append(messages.get(l, "noticeboard.notice.takeDownOn"))
                    .append(": ")
                    .append(dates.date(n.takeDownOn()))
                    .append('.');
            if (n.lastDayToAppeal() != null) {
                summary.append(' ')
                        .append(messages.get(l, "noticeboard.notice.lastDayToAppeal"))
                        .append(": ")
                        .append(dates.date(n.lastDayToAppeal()))
                        .append('.');
            }
            if (n.summary() != null) {
                summary.append(' ').append(n.summary().in(l).text());
            }
            String url = base + "/anslagstavla/" + n.id();
            java.time.Instant posted =
                    n.postedOn().atStartOfDay(DateFormats.ZONE).toInstant();
            feed.entry(new AtomFeed.Item(
                    url,
                    title.text(),
                    title.fallback() ? "sv" : null,
                    summary.toString(),
                    url,
                    posted,
                    posted,
                    null,
                    List.of(messages.get(l, "noticeboard.kind." + n.kind().name()))));
        }
        return OpenDataResponses.download(OpenDataResponses.ATOM, "anslagstavla.atom", feed.toBytes());
    }

    private Map<String, Body> bodies() {
        return organisation.bodies().stream().collect(Collectors.toMap(Body::slug, Function.identity()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DateFormats.ZONE));
    }
}
