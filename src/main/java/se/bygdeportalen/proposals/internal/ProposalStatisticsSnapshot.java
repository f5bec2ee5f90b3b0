package se.bygdeportalen.proposals.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.scheduling.SnapshotSource;

/**
 * The public statistics as a stored snapshot: the statistics page and "how it works" read it as one
 * row instead of aggregating every proposal on each view. Recomputed by the platform's
 * {@code snapshot-refresh} task when older than five minutes, so the numbers lag by at most that.
 */
@Component
public class ProposalStatisticsSnapshot implements SnapshotSource<ProposalStatisticsSnapshot.Data> {

    /** Everything the two pages show. */
    public record Data(
            List<ProposalStatistics.YearRow> years,
            List<ProposalStatistics.AnswerRow> answers,
            ProposalStatistics.Overall overall) {}

    private final ProposalStatistics statistics;

    ProposalStatisticsSnapshot(ProposalStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public String name() {
        return "proposals.statistics";
    }

    @Override
    public Class<Data> type() {
        return Data.class;
    }

    @Override
    public Data compute() {
        return new Data(statistics.years(), statistics.answers(), statistics.overall());
    }
}
