package se.bygdeportalen.proposals.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.identity.ResidentDemographics;
import se.bygdeportalen.platform.manifest.IndicatorValue;

/**
 * The module's numbers, computed from its own data as aggregates: proposals per year, digital and
 * paper, time to answer, share answered within a year, and who takes part by sex and age band.
 * Counts of people are {@link IndicatorValue#count} (1–4 suppressed), shares and medians are
 * suppressed when fewer than five records lie behind them. Nothing here reads a name.
 */
@Component
public class ProposalStatistics {

    public static final String SUBMITTED = "proposals.submitted";
    public static final String CHANNEL = "proposals.channel";
    public static final String MEDIAN_DAYS = "proposals.median-days-to-answer";
    public static final String WITHIN_YEAR = "proposals.answered-within-year";
    public static final String BY_SEX = "proposals.proposers-by-sex";
    public static final String BY_AGE = "proposals.proposers-by-age";

    /** Received proposals: every proposal that got a case number, whatever became of it. */
    public static final String RECEIVED =
            "p.case_year IS NOT NULL AND p.status NOT IN ('DRAFT', 'AWAITING_CONFIRMATION')";
    /** Proposals that are to be answered (not declined, not withdrawn). */
    public static final String TO_BE_ANSWERED =
            "p.status IN ('SUBMITTED', 'AMENDMENT_REQUESTED', 'PUBLISHED', 'REFERRED', 'ANSWERED')";

    private static final String DAYS = "((p.answered_at AT TIME ZONE 'Europe/Stockholm')::date"
            + " - (p.submitted_at AT TIME ZONE 'Europe/Stockholm')::date)";

    /** Per case year. */
    public record YearRow(
            int year,
            long received,
            long digital,
            long paper,
            long female,
            long male,
            List<Long> ageBands,
            long due,
            long answeredWithinYear) {}

    /** Per year of the answer. */
    public record AnswerRow(int year, @Nullable BigDecimal medianDays, long answered) {}

    /** The median over all answered proposals, and how many there are. */
    public record Overall(@Nullable BigDecimal medianDays, long answered) {
        public boolean enough() {
            return answered >= IndicatorValue.MIN_CELL && medianDays != null;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ProposalStatistics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<YearRow> years() {
        List<String> bands = ResidentDemographics.AGE_BANDS;
        StringBuilder ageColumns = new StringBuilder();
        for (int i = 0; i < bands.size(); i++) {
            ageColumns
                    .append(", count(*) FILTER (WHERE p.submitter_age_band = '")
                    .append(bands.get(i))
                    .append("') AS age")
                    .append(i);
        }
        return jdbc.sql("""
                SELECT p.case_year AS year, count(*) AS received,
                       count(*) FILTER (WHERE p.channel IN ('E_ID', 'EMAIL')) AS digital,
                       count(*) FILTER (WHERE p.channel = 'PAPER') AS paper,
                       count(*) FILTER (WHERE p.submitter_sex = 'FEMALE') AS female,
                       count(*) FILTER (WHERE p.submitter_sex = 'MALE') AS male
                       %s,
                       count(*) FILTER (WHERE %s AND (p.answered_at IS NOT NULL OR p.submitted_at <= :yearAgo)) AS due,
                       count(*) FILTER (WHERE %s AND p.answered_at IS NOT NULL AND p.answered_at <= p.submitted_at + interval '1 year')
                           AS within_year
                FROM proposal p WHERE %s
                GROUP BY p.case_year ORDER BY p.case_year
                """.formatted(ageColumns, TO_BE_ANSWERED, TO_BE_ANSWERED, RECEIVED))
                .param("yearAgo", OffsetDateTime.now(clock).minusYears(1))
                .query((rs, n) -> {
                    List<Long> ages = new ArrayList<>();
                    for (int i = 0; i < bands.size(); i++) {
                        ages.add(rs.getLong("age" + i));
                    }
                    return new YearRow(
                            rs.getInt("year"),
                            rs.getLong("received"),
                            rs.getLong("digital"),
                            rs.getLong("paper"),
                            rs.getLong("female"),
                            rs.getLong("male"),
                            ages,
                            rs.getLong("due"),
                            rs.getLong("within_year"));
                })
                .list();
    }

    public List<AnswerRow> answers() {
        return jdbc.sql("""
                SELECT extract(year FROM p.answered_at AT TIME ZONE 'Europe/Stockholm')::int AS year,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY %s) AS median, count(*) AS answered
                FROM proposal p WHERE %s AND p.answered_at IS NOT NULL AND p.submitted_at IS NOT NULL
                GROUP BY 1 ORDER BY 1
                """.formatted(DAYS, RECEIVED))
                .query((rs, n) ->
                        new AnswerRow(rs.getInt("year"), days(rs.getBigDecimal("median")), rs.getLong("answered")))
                .list();
    }

    public Overall overall() {
        return jdbc.sql("""
                SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY %s) AS median, count(*) AS answered
                FROM proposal p WHERE %s AND p.answered_at IS NOT NULL AND p.submitted_at IS NOT NULL
                """.formatted(DAYS, RECEIVED))
                .query((rs, n) -> new Overall(days(rs.getBigDecimal("median")), rs.getLong("answered")))
                .single();
    }

    private static @Nullable BigDecimal days(@Nullable BigDecimal median) {
        return median == null ? null : median.setScale(0, RoundingMode.HALF_UP);
    }

    // ---- indicator values ----

    public List<IndicatorValue> submitted() {
        return years().stream()
                .map(r -> IndicatorValue.count(SUBMITTED, r.year(), "", r.received()))
                .toList();
    }

    public List<IndicatorValue> channel() {
        List<IndicatorValue> values = new ArrayList<>();
        for (YearRow r : years()) {
            values.add(IndicatorValue.count(CHANNEL, r.year(), "channel=digital", r.digital()));
            values.add(IndicatorValue.count(CHANNEL, r.year(), "channel=paper", r.paper()));
        }
        return values;
    }

    public List<IndicatorValue> medianDays() {
        return answers().stream()
                .map(a -> IndicatorValue.statistic(MEDIAN_DAYS, a.year(), "", a.medianDays(), a.answered()))
                .toList();
    }

    public List<IndicatorValue> withinYear() {
        return years().stream()
                .map(r -> IndicatorValue.percent(WITHIN_YEAR, r.year(), "", r.answeredWithinYear(), r.due()))
                .toList();
    }

    public List<IndicatorValue> bySex() {
        List<IndicatorValue> values = new ArrayList<>();
        for (YearRow r : years()) {
            values.add(IndicatorValue.count(BY_SEX, r.year(), "sex=female", r.female()));
            values.add(IndicatorValue.count(BY_SEX, r.year(), "sex=male", r.male()));
        }
        return values;
    }

    public List<IndicatorValue> byAge() {
        List<IndicatorValue> values = new ArrayList<>();
        for (YearRow r : years()) {
            for (int i = 0; i < ResidentDemographics.AGE_BANDS.size(); i++) {
                values.add(IndicatorValue.count(
                        BY_AGE,
                        r.year(),
                        "age=" + ResidentDemographics.AGE_BANDS.get(i),
                        r.ageBands().get(i)));
            }
        }
        return values;
    }
}
