package se.bygdeportalen.decisions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import se.bygdeportalen.decisions.internal.Assessment;
import se.bygdeportalen.decisions.internal.Category;
import se.bygdeportalen.decisions.internal.Decision;
import se.bygdeportalen.decisions.internal.DecisionRepository;
import se.bygdeportalen.decisions.internal.DecisionStatisticsSnapshot;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.api.CappedCount;
import se.bygdeportalen.platform.api.KeysetRequest;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.manifest.IndicatorValue;
import se.bygdeportalen.platform.opendata.OpenDataResponses;
import se.bygdeportalen.platform.scheduling.Snapshots;
import se.bygdeportalen.platform.search.TextSearch;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.web.Cell;

/** Public decision pages: search with filters, one decision, and the share of impact-assessed decisions. */
@Controller
public class DecisionPages {

    public static final int PAGE_SIZE = 20;

    /** The search form's values as typed, for the form and the pagination links. */
    public record SearchForm(
            @Nullable String q,
            @Nullable String body,
            @Nullable String year,
            @Nullable String category,
            @Nullable String assessment,
            @Nullable String status) {}

    private final DecisionRepository decisions;
    private final DecisionStatisticsSnapshot statistics;
    private final Snapshots snapshots;
    private final MeetingViews views;
    private final Organisation organisation;
    private final Messages messages;

    DecisionPages(
            DecisionRepository decisions,
            DecisionStatisticsSnapshot statistics,
            Snapshots snapshots,
            MeetingViews views,
            Organisation organisation,
            Messages messages) {
        this.decisions = decisions;
        this.statistics = statistics;
        this.snapshots = snapshots;
        this.views = views;
        this.organisation = organisation;
        this.messages = messages;
    }

    @GetMapping("/" + Lang.PATH + "/beslut")
    String search(
            @PathVariable String lang,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String assessment,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) String before,
            Model model) {
        List<Body> bodies = organisation.bodies();
        Body chosen = body == null
                ? null
                : bodies.stream()
                        .filter(b -> b.slug().equals(body.strip()))
                        .findFirst()
                        .orElse(null);
        DecisionRepository.Filter filter = new DecisionRepository.Filter(
                TextSearch.normalize(q).orElse(null),
                chosen == null ? null : chosen.id(),
                intOrNull(year),
                enumOrNull(Category.class, category),
                enumOrNull(Assessment.Kind.class, assessment),
                enumOrNull(Assessment.Status.class, status),
                null);
        SearchForm form = new SearchForm(
                filter.query() == null ? "" : filter.query(),
                chosen == null ? "" : chosen.slug(),
                filter.year() == null ? "" : String.valueOf(filter.year()),
                filter.category() == null ? "" : filter.category().name(),
                filter.assessment() == null ? "" : filter.assessment().name(),
                filter.status() == null ? "" : filter.status().name());
        String base = UriComponentsBuilder.fromPath("/" + lang + "/beslut")
                .queryParam("q", form.q())
                .queryParam("body", form.body())
                .queryParam("year", form.year())
                .queryParam("category", form.category())
                .queryParam("assessment", form.assessment())
                .queryParam("status", form.status())
                .encode()
                .build()
                .toUriString();
        KeysetRequest request = KeysetRequest.forPage(
                "/beslut",
                PAGE_SIZE,
                DecisionRepository.NEWEST,
                after,
                before,
                page,
                "q",
                form.q(),
                "body",
                form.body(),
                "year",
                form.year(),
                "category",
                form.category(),
                "assessment",
                form.assessment(),
                "status",
                form.status());
        DecisionRepository.SeekPage result = decisions.seekPage(filter, request);
        CappedCount total = result.total();
        List<Decision> found = result.page().items();
        model.addAttribute("form", form);
        model.addAttribute(
                "filtered",
                filter.query() != null
                        || chosen != null
                        || filter.year() != null
                        || filter.category() != null
                        || filter.status() != null);
        model.addAttribute("decisions", found);
        model.addAttribute("total", total);
        model.addAttribute("pages", result.page().links(base));
        model.addAttribute("bodies", bodies);
        model.addAttribute("bodyNames", views.bodyNames());
        model.addAttribute("years", decisions.years());
        return "decisions/search";
    }

    @GetMapping("/" + Lang.PATH + "/beslut/{id:\\d+}")
    String decision(@PathVariable String lang, @PathVariable long id, Model model) {
        model.addAttribute("view", views.decision(id).orElseThrow(Problem::notFound));
        model.addAttribute("today", views.today());
        return "decisions/decision";
    }

    @GetMapping("/" + Lang.PATH + "/beslut/statistik")
    String statistics(@PathVariable String lang, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        DateFormats f = new DateFormats(l);
        Map<String, TranslatableText> names = views.bodyNames();
        List<List<Cell>> rows = new ArrayList<>();
        for (DecisionRepository.Stats s : snapshots.get(statistics).rows()) {
            TranslatableText.Localized name =
                    MeetingViews.name(names, s.bodySlug()).in(l);
            List<Cell> row = new ArrayList<>();
            row.add(new Cell(name.text(), null, false, name.langAttr()));
            row.add(Cell.text(String.valueOf(s.year())));
            row.add(Cell.number(f.number(s.decisions())));
            for (Assessment.Kind kind : Assessment.Kind.values()) {
                BigDecimal share = IndicatorValue.percent("x", s.year(), "", s.considered(kind), s.decisions())
                        .value(); // null exactly when suppressed
                row.add(Cell.number(
                        share == null
                                ? messages.get(l, "decisions.stats.suppressed")
                                : f.percent(share.doubleValue() / 100, 1)));
            }
            BigDecimal strict = IndicatorValue.percent(
                            "x", s.year(), "", s.assessed(Assessment.Kind.GENDER), s.decisions())
                    .value();
            row.add(Cell.number(
                    strict == null
                            ? messages.get(l, "decisions.stats.suppressed")
                            : f.percent(strict.doubleValue() / 100, 1)));
            rows.add(row);
        }
        model.addAttribute("rows", rows);
        return "decisions/statistics";
    }

    /** Every decision as CSV, streamed from a database cursor: memory stays flat however many there are. */
    @GetMapping("/" + Lang.PATH + "/beslut.csv")
    void csv(@PathVariable String lang, HttpServletResponse response) throws IOException {
        Lang l = Lang.fromCode(lang).orElseThrow();
        OpenDataResponses.csv(
                response,
                "beslut.csv",
                List.of(
                        "id",
                        "meeting_id",
                        "organization",
                        "year",
                        "paragraph",
                        "decided_on",
                        "case_number",
                        "title",
                        "category",
                        "votes_yes",
                        "votes_no",
                        "votes_abstain",
                        "reservations",
                        "proposal_id",
                        "budget_reference",
                        "gender_assessment",
                        "public_health_assessment",
                        "child_assessment"),
                out -> decisions.forEach(
                        DecisionRepository.Filter.none(),
                        d -> out.accept(Arrays.asList(
                                d.id(),
                                d.meetingId(),
                                d.bodySlug(),
                                d.year(),
                                d.paragraph(),
                                d.decidedOn(),
                                d.caseNumber(),
                                d.title().in(l).text(),
                                d.category().name(),
                                d.votesYes(),
                                d.votesNo(),
                                d.votesAbstain(),
                                d.reservations(),
                                d.proposalId(),
                                d.budgetReference(),
                                d.gender().status().name(),
                                d.health().status().name(),
                                d.child().status().name()))));
    }

    static @Nullable Integer intOrNull(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int v = Integer.parseInt(raw.strip());
            return v >= 1900 && v <= 2200 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static int intOr(@Nullable String raw, int fallback) {
        try {
            return raw == null ? fallback : Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static <E extends Enum<E>> @Nullable E enumOrNull(Class<E> type, @Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return Optional.of(raw.strip())
                .flatMap(v -> Arrays.stream(type.getEnumConstants())
                        .filter(e -> e.name().equals(v))
                        .findFirst())
                .orElse(null);
    }
}
