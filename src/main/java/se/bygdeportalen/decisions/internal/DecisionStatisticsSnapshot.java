package se.bygdeportalen.decisions.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.scheduling.SnapshotSource;

/**
 * The share of impact-assessed decisions per body and year as a stored snapshot: the statistics page
 * reads one row instead of aggregating every decision on each view. Recomputed by the platform's
 * {@code snapshot-refresh} task when older than five minutes.
 */
@Component
public class DecisionStatisticsSnapshot implements SnapshotSource<DecisionStatisticsSnapshot.Data> {

    public record Data(List<DecisionRepository.Stats> rows) {}

    private final DecisionRepository decisions;

    DecisionStatisticsSnapshot(DecisionRepository decisions) {
        this.decisions = decisions;
    }

    @Override
    public String name() {
        return "decisions.statistics";
    }

    @Override
    public Class<Data> type() {
        return Data.class;
    }

    @Override
    public Data compute() {
        return new Data(decisions.stats());
    }
}
