package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.bygdeportalen.platform.manifest.IndicatorDefinition;
import se.bygdeportalen.platform.manifest.IndicatorValue;
import se.bygdeportalen.platform.scheduling.Snapshots;
import se.bygdeportalen.proposals.internal.ProposalIndicators;
import se.bygdeportalen.proposals.internal.ProposalStatistics;
import se.bygdeportalen.proposals.internal.ProposalStatisticsSnapshot;
import se.bygdeportalen.test.IntegrationTest;

/** Statistics and indicators: right numbers, aggregates only, cells under five suppressed, accessible tables. */
@IntegrationTest
class ProposalStatisticsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProposalIndicators indicators;

    @Autowired
    ProposalStatistics statistics;

    @Autowired
    Snapshots snapshots;

    @Autowired
    ProposalStatisticsSnapshot snapshot;

    /**
     * A year of its own with: 7 proposals by women, 3 by men (suppressed), 6 aged 65+, 4 aged 18-34 (suppressed),
     * 8 digital and 2 on paper (suppressed), 6 answered after 10, 20, 30, 40, 50 and 400 days.
     */
    private ProposalListTestData year() {
        ProposalListTestData data = new ProposalListTestData(jdbc);
        OffsetDateTime start = OffsetDateTime.of(2020, 1, 10, 9, 0, 0, 0, ZoneOffset.UTC);
        int[] answerDays = {10, 20, 30, 40, 50, 400};
        for (int i = 0; i < 10; i++) {
            var p = data.proposal("Statistik " + i)
                    .submitted(start)
                    .published(start.plusDays(2))
                    .demographics(i < 7 ? "FEMALE" : "MALE", i < 6 ? "65+" : "18-34")
                    .channel(i < 8 ? (i % 2 == 0 ? "E_ID" : "EMAIL") : "PAPER");
            if (i < answerDays.length) {
                p.answered(start.plusDays(answerDays[i]));
            } else if (i == 9) {
                p.status("DECLINED");
            }
            p.insert();
        }
        return data;
    }

    @Test
    void computesCountsMediansAndSharesPerYear() {
        ProposalListTestData data = year();

        ProposalStatistics.YearRow row = statistics.years().stream()
                .filter(r -> r.year() == data.year)
                .findFirst()
                .orElseThrow();
        assertThat(row.received()).isEqualTo(10);
        assertThat(row.digital()).isEqualTo(8);
        assertThat(row.paper()).isEqualTo(2);
        assertThat(row.female()).isEqualTo(7);
        assertThat(row.male()).isEqualTo(3);
        assertThat(row.ageBands()).containsExactly(0L, 4L, 0L, 6L);
        // 9 to be answered (one declined), all older than a year; 5 answered within a year.
        assertThat(row.due()).isEqualTo(9);
        assertThat(row.answeredWithinYear()).isEqualTo(5);

        // The answers fall in 2020 (five) and 2021 (one), whatever the case year: median of 10..50 is 30.
        ProposalStatistics.Overall overall = statistics.overall();
        assertThat(overall.answered()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void indicatorValuesSuppressCellsUnderFive() {
        ProposalListTestData data = year();
        List<IndicatorDefinition> defs = indicators.definitions();
        assertThat(defs)
                .extracting(IndicatorDefinition::id)
                .containsExactly(
                        ProposalStatistics.SUBMITTED,
                        ProposalStatistics.CHANNEL,
                        ProposalStatistics.MEDIAN_DAYS,
                        ProposalStatistics.WITHIN_YEAR,
                        ProposalStatistics.BY_SEX,
                        ProposalStatistics.BY_AGE);
        assertThat(defs).allSatisfy(d -> {
            assertThat(d.strand()).isEqualTo(IndicatorDefinition.Strand.CITIZEN_DIALOGUE);
            assertThat(d.source()).isEqualTo(IndicatorDefinition.Source.PLATFORM);
        });

        assertThat(value(defs, ProposalStatistics.SUBMITTED, data.year, "").value())
                .isEqualByComparingTo("10");
        assertThat(value(defs, ProposalStatistics.CHANNEL, data.year, "channel=digital")
                        .value())
                .isEqualByComparingTo("8");
        IndicatorValue paper = value(defs, ProposalStatistics.CHANNEL, data.year, "channel=paper");
        assertThat(paper.suppressed()).isTrue();
        assertThat(paper.value()).isNull();
        assertThat(value(defs, ProposalStatistics.BY_SEX, data.year, "sex=female")
                        .value())
                .isEqualByComparingTo("7");
        IndicatorValue men = value(defs, ProposalStatistics.BY_SEX, data.year, "sex=male");
        assertThat(men.suppressed()).isTrue();
        assertThat(men.value()).isNull();
        assertThat(value(defs, ProposalStatistics.BY_AGE, data.year, "age=65+").value())
                .isEqualByComparingTo("6");
        assertThat(value(defs, ProposalStatistics.BY_AGE, data.year, "age=18-34")
                        .suppressed())
                .isTrue();
        assertThat(value(defs, ProposalStatistics.BY_AGE, data.year, "age=0-17").value())
                .as("zero is shown")
                .isEqualByComparingTo("0");
        assertThat(value(defs, ProposalStatistics.WITHIN_YEAR, data.year, "").value())
                .isEqualByComparingTo(new BigDecimal("55.6"));
    }

    @Test
    void theMedianIsSuppressedUnderFiveAnswersAndComputedFromFive() {
        assertThat(IndicatorValue.statistic(ProposalStatistics.MEDIAN_DAYS, 2026, "", BigDecimal.TEN, 4)
                        .suppressed())
                .isTrue();
        ProposalListTestData data = new ProposalListTestData(jdbc);
        OffsetDateTime start = OffsetDateTime.of(data.year, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        for (int days : new int[] {5, 15, 25, 35, 45}) {
            data.proposal("Median " + days)
                    .submitted(start)
                    .published(start.plusDays(1))
                    .answered(start.plusDays(days))
                    .insert();
        }
        ProposalStatistics.AnswerRow row = statistics.answers().stream()
                .filter(a -> a.year() == data.year)
                .findFirst()
                .orElseThrow();
        assertThat(row.answered()).isEqualTo(5);
        assertThat(row.medianDays()).isEqualByComparingTo("25");
        IndicatorValue value = value(indicators.definitions(), ProposalStatistics.MEDIAN_DAYS, data.year, "");
        assertThat(value.suppressed()).isFalse();
        assertThat(value.value()).isEqualByComparingTo("25");
    }

    @Test
    void thePageReadsTheStoredSnapshotSoNewProposalsShowOnceTheTaskHasRefreshedIt() throws Exception {
        snapshots.get(snapshot);
        ProposalListTestData data = year();
        String yearCell = "th:containsOwn(" + data.year + ")";

        assertThat(statisticsPage().select("table#stats-received " + yearCell))
                .as("not yet refreshed")
                .isEmpty();
        snapshots.refresh(snapshot);
        assertThat(statisticsPage().select("table#stats-received " + yearCell)).hasSize(1);
    }

    private Document statisticsPage() throws Exception {
        return Jsoup.parse(mvc.perform(get("/sv/medborgarforslag/statistik"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void thePageShowsFewerThanFiveInsteadOfSmallNumbersInAccessibleTables() throws Exception {
        ProposalListTestData data = year();
        snapshots.refresh(snapshot);

        Document page = Jsoup.parse(mvc.perform(get("/sv/medborgarforslag/statistik"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

        Element sex = page.selectFirst("table#stats-sex");
        assertThat(sex.selectFirst("caption").text()).isEqualTo("Förslagsställare efter kön");
        assertThat(sex.select("thead th[scope=col]")).hasSize(3);
        Element row = sex.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th[scope=row]").text().equals(Integer.toString(data.year)))
                .findFirst()
                .orElseThrow();
        assertThat(row.select("td").eachText()).containsExactly("7", "färre än 5");
        Element age = page.selectFirst("table#stats-age");
        Element ageRow = age.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals(Integer.toString(data.year)))
                .findFirst()
                .orElseThrow();
        assertThat(ageRow.select("td").eachText()).containsExactly("0", "färre än 5", "0", "6");
        Element received = page.selectFirst("table#stats-received").select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals(Integer.toString(data.year)))
                .findFirst()
                .orElseThrow();
        assertThat(received.select("td").eachText()).containsExactly("10", "8", "färre än 5");
        assertThat(page.select("table"))
                .allSatisfy(t -> assertThat(t.select("caption")).hasSize(1));
    }

    @Test
    void theHowItWorksPageGivesTheRealMedianOnceThereAreFiveAnswers() throws Exception {
        year();
        snapshots.refresh(snapshot);
        ProposalStatistics.Overall overall = statistics.overall();
        String html = mvc.perform(get("/en/medborgarforslag/sa-fungerar-det"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(overall.enough()).isTrue();
        assertThat(Jsoup.parse(html).text())
                .contains("Half of the proposals have been answered within "
                        + overall.medianDays().intValue() + " days.");
        assertThat(new ProposalStatistics.Overall(BigDecimal.TEN, 4).enough()).isFalse();
    }

    private static IndicatorValue value(List<IndicatorDefinition> defs, String id, int year, String breakdown) {
        return defs.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow().measure().values().stream()
                .filter(v -> v.year() == year && v.breakdown().equals(breakdown))
                .findFirst()
                .orElseThrow();
    }
}
