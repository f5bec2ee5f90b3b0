package se.bygdeportalen.platform.casenumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseNumberFormatTest {

    @Test
    void theStandardFormIsSeriesYearSlashNumber() {
        assertThat(new CaseNumber("KS", 2026, 17).format(CaseNumberFormat.STANDARD))
                .isEqualTo("KS 2026/17");
    }

    @Test
    void theFormatIsConfigurableWithPadding() {
        assertThat(new CaseNumber("MF", 2026, 7).format(new CaseNumberFormat("{year}-{series}-{number}")))
                .isEqualTo("2026-MF-7");
        assertThat(new CaseNumber("BN", 2026, 7).format(new CaseNumberFormat("{series}.{year}.{number:4}")))
                .isEqualTo("BN.2026.0007");
        assertThat(new CaseNumber("BN", 2026, 12345).format(new CaseNumberFormat("{series}.{year}.{number:4}")))
                .isEqualTo("BN.2026.12345");
    }

    @Test
    void replacementCharactersInTheSeriesAreTakenLiterally() {
        assertThat(new CaseNumber("KS-A", 2026, 3).format(new CaseNumberFormat("{series} $1 {year}/{number}")))
                .isEqualTo("KS-A $1 2026/3");
    }

    @Test
    void aFormatWithoutExactlyOneNumberOrWithUnknownPlaceholdersIsRefused() {
        assertThatThrownBy(() -> new CaseNumberFormat("{series} {year}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseNumberFormat("{number}/{number}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseNumberFormat("{series} {yaer}/{number}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseNumberFormat("{series:2} {number}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseNumberFormat(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCaseNumberStartsAtOne() {
        assertThatThrownBy(() -> new CaseNumber("KS", 2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
