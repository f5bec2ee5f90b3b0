package se.bygdeportalen.platform.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.bygdeportalen.platform.manifest.IndicatorDefinition.Source;
import se.bygdeportalen.platform.manifest.IndicatorDefinition.Strand;
import se.bygdeportalen.platform.manifest.IndicatorDefinition.Unit;

class IndicatorValueTest {

    @Test
    void countsUnderFiveAreSuppressedButZeroIsShown() {
        assertThat(IndicatorValue.count("x", 2026, "", 4).suppressed()).isTrue();
        assertThat(IndicatorValue.count("x", 2026, "", 4).value()).isNull();
        assertThat(IndicatorValue.count("x", 2026, "", 0).value()).isEqualByComparingTo("0");
        assertThat(IndicatorValue.count("x", 2026, "", 5).value()).isEqualByComparingTo("5");
    }

    @Test
    void sharesNeedABaseOfFive() {
        assertThat(IndicatorValue.percent("x", 2026, "sex=female", 2, 4).suppressed())
                .isTrue();
        IndicatorValue share = IndicatorValue.percent("x", 2026, "sex=female", 2, 3 * 2 + 1);
        assertThat(share.value()).isEqualByComparingTo("28.6");
        assertThat(share.base()).isEqualTo(7);
    }

    @Test
    void statisticsOverFewRecordsAreSuppressed() {
        assertThat(IndicatorValue.statistic("x", 2026, "", new BigDecimal("41"), 3)
                        .value())
                .isNull();
        assertThat(IndicatorValue.statistic("x", 2026, "", new BigDecimal("41"), 9)
                        .value())
                .isEqualByComparingTo("41");
    }

    @Test
    void platformIndicatorsNeedAMeasureAndOthersNone() {
        assertThatThrownBy(() ->
                        new IndicatorDefinition("a", "n", "d", Strand.CITIZEN_DIALOGUE, Source.PLATFORM, Unit.COUNT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndicatorDefinition(
                        "a", "n", "d", Strand.CITIZEN_DIALOGUE, Source.KOLADA, Unit.COUNT, List::of))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new IndicatorDefinition(
                                "a", "n", "d", Strand.CITIZEN_DIALOGUE, Source.PLATFORM, Unit.COUNT, List::of)
                        .measure())
                .isNotNull();
    }
}
