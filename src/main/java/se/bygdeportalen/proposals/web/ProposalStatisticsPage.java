package se.bygdeportalen.proposals.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.identity.ResidentDemographics;
import se.bygdeportalen.platform.manifest.IndicatorValue;
import se.bygdeportalen.platform.scheduling.Snapshots;
import se.bygdeportalen.platform.web.Cell;
import se.bygdeportalen.proposals.internal.ProposalStatistics;
import se.bygdeportalen.proposals.internal.ProposalStatisticsSnapshot;

/**
 * Public statistics on citizen proposals: accessible tables (caption, header cells with scope) of
 * the same aggregates the indicators publish. A cell built from one to four people says "fewer than
 * 5" instead of a number. Read from the stored snapshot (at most minutes old), not aggregated per view.
 */
@Controller
public class ProposalStatisticsPage {

    private final Snapshots snapshots;
    private final ProposalStatisticsSnapshot statistics;
    private final Messages messages;

    ProposalStatisticsPage(Snapshots snapshots, ProposalStatisticsSnapshot statistics, Messages messages) {
        this.snapshots = snapshots;
        this.statistics = statistics;
        this.messages = messages;
    }

    @GetMapping("/" + Lang.PATH + "/medborgarforslag/statistik")
    public String page(@PathVariable String lang, Model model) {
        Lang l = Lang.fromCode(lang).orElse(Lang.DEFAULT);
        DateFormats f = new DateFormats(l);
        ProposalStatisticsSnapshot.Data data = snapshots.get(statistics);
        List<ProposalStatistics.YearRow> years = data.years();
        List<ProposalStatistics.AnswerRow> answers = data.answers();

        List<List<Cell>> received = new ArrayList<>();
        List<List<Cell>> within = new ArrayList<>();
        List<List<Cell>> bySex = new ArrayList<>();
        List<List<Cell>> byAge = new ArrayList<>();
        for (ProposalStatistics.YearRow r : years) {
            Cell year = Cell.text(Integer.toString(r.year()));
            received.add(List.of(
                    year,
                    number(f, r.received()),
                    cell(l, f, IndicatorValue.count(ProposalStatistics.CHANNEL, r.year(), "", r.digital()), false),
                    cell(l, f, IndicatorValue.count(ProposalStatistics.CHANNEL, r.year(), "", r.paper()), false)));
            within.add(List.of(
                    year,
                    number(f, r.due()),
                    cell(
                            l,
                            f,
                            IndicatorValue.percent(
                                    ProposalStatistics.WITHIN_YEAR, r.year(), "", r.answeredWithinYear(), r.due()),
                            true)));
            bySex.add(List.of(
                    year,
                    cell(
                            l,
                            f,
                            IndicatorValue.count(ProposalStatistics.BY_SEX, r.year(), "sex=female", r.female()),
                            false),
                    cell(
                            l,
                            f,
                            IndicatorValue.count(ProposalStatistics.BY_SEX, r.year(), "sex=male", r.male()),
                            false)));
            List<Cell> ageRow = new ArrayList<>();
            ageRow.add(year);
            for (int i = 0; i < ResidentDemographics.AGE_BANDS.size(); i++) {
                ageRow.add(cell(
                        l,
                        f,
                        IndicatorValue.count(
                                ProposalStatistics.BY_AGE,
                                r.year(),
                                "age",
                                r.ageBands().get(i)),
                        false));
            }
            byAge.add(ageRow);
        }
        List<List<Cell>> answerRows = new ArrayList<>();
        for (ProposalStatistics.AnswerRow a : answers) {
            answerRows.add(List.of(
                    Cell.text(Integer.toString(a.year())),
                    number(f, a.answered()),
                    cell(
                            l,
                            f,
                            IndicatorValue.statistic(
                                    ProposalStatistics.MEDIAN_DAYS, a.year(), "", a.medianDays(), a.answered()),
                            false)));
        }

        List<String> ageHeaders = new ArrayList<>();
        ageHeaders.add(t(l, "proposalspublic.stats.year"));
        for (String band : ResidentDemographics.AGE_BANDS) {
            ageHeaders.add(t(l, "proposalspublic.stats.ageBand", band.replace("-", "–")));
        }
        model.addAttribute(
                "tables",
                List.of(
                        new ProposalStatisticsTable(
                                "stats-received",
                                t(l, "proposalspublic.stats.received.caption"),
                                List.of(
                                        t(l, "proposalspublic.stats.year"),
                                                t(l, "proposalspublic.stats.received.total"),
                                        t(l, "proposalspublic.stats.received.digital"),
                                                t(l, "proposalspublic.stats.received.paper")),
                                received,
                                List.of(false, true, true, true)),
                        new ProposalStatisticsTable(
                                "stats-answer-time",
                                t(l, "proposalspublic.stats.answerTime.caption"),
                                List.of(
                                        t(l, "proposalspublic.stats.answerYear"),
                                        t(l, "proposalspublic.stats.answerTime.answered"),
                                        t(l, "proposalspublic.stats.answerTime.median")),
                                answerRows,
                                List.of(false, true, true)),
                        new ProposalStatisticsTable(
                                "stats-within-year",
                                t(l, "proposalspublic.stats.withinYear.caption"),
                                List.of(
                                        t(l, "proposalspublic.stats.year"),
                                        t(l, "proposalspublic.stats.withinYear.due"),
                                        t(l, "proposalspublic.stats.withinYear.share")),
                                within,
                                List.of(false, true, true)),
                        new ProposalStatisticsTable(
                                "stats-sex",
                                t(l, "proposalspublic.stats.sex.caption"),
                                List.of(
                                        t(l, "proposalspublic.stats.year"),
                                        t(l, "proposalspublic.stats.sex.female"),
                                        t(l, "proposalspublic.stats.sex.male")),
                                bySex,
                                List.of(false, true, true)),
                        new ProposalStatisticsTable(
                                "stats-age",
                                t(l, "proposalspublic.stats.age.caption"),
                                ageHeaders,
                                byAge,
                                java.util.stream.Stream.concat(
                                                java.util.stream.Stream.of(false),
                                                ResidentDemographics.AGE_BANDS.stream()
                                                        .map(b -> true))
                                        .toList())));
        return "proposals/browse/statistics";
    }

    private Cell cell(Lang l, DateFormats f, IndicatorValue v, boolean percent) {
        if (v.suppressed()) {
            return new Cell(t(l, "proposalspublic.stats.fewerThanFive"), null, true, null);
        }
        BigDecimal value = Objects.requireNonNull(v.value(), "only a suppressed value is left out");
        return Cell.number(percent ? f.decimal(value.doubleValue(), 1) + " %" : f.number(value.longValue()));
    }

    private static Cell number(DateFormats f, long n) {
        return Cell.number(f.number(n));
    }

    private String t(Lang l, String key, Object... args) {
        return messages.get(l, key, args);
    }
}
