package se.bygdeportalen.proposals.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.manifest.IndicatorDefinition;
import se.bygdeportalen.platform.manifest.IndicatorDefinition.Source;
import se.bygdeportalen.platform.manifest.IndicatorDefinition.Strand;
import se.bygdeportalen.platform.manifest.IndicatorDefinition.Unit;

/**
 * The proposal module's indicators for the programme follow-up (strand citizen dialogue), computed
 * from the module's own data as aggregates; cells of fewer than five are suppressed.
 */
@Component
public class ProposalIndicators {

    private final ProposalStatistics statistics;

    ProposalIndicators(ProposalStatistics statistics) {
        this.statistics = statistics;
    }

    public List<IndicatorDefinition> definitions() {
        return List.of(
                indicator(ProposalStatistics.SUBMITTED, "submitted", Unit.COUNT, statistics::submitted),
                indicator(ProposalStatistics.CHANNEL, "channel", Unit.COUNT, statistics::channel),
                indicator(ProposalStatistics.MEDIAN_DAYS, "medianDays", Unit.DAYS, statistics::medianDays),
                indicator(ProposalStatistics.WITHIN_YEAR, "withinYear", Unit.PERCENT, statistics::withinYear),
                indicator(ProposalStatistics.BY_SEX, "bySex", Unit.COUNT, statistics::bySex),
                indicator(ProposalStatistics.BY_AGE, "byAge", Unit.COUNT, statistics::byAge));
    }

    private static IndicatorDefinition indicator(
            String id, String key, Unit unit, IndicatorDefinition.Measure measure) {
        return new IndicatorDefinition(
                id,
                "proposalspublic.indicator." + key + ".name",
                "proposalspublic.indicator." + key + ".description",
                Strand.CITIZEN_DIALOGUE,
                Source.PLATFORM,
                unit,
                measure);
    }
}
