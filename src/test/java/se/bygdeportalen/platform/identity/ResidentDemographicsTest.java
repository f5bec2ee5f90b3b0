package se.bygdeportalen.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.bygdeportalen.platform.identity.ResidentDemographics.Demographics;
import se.bygdeportalen.platform.identity.ResidentDemographics.Sex;

class ResidentDemographicsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @Test
    void sexComesFromTheSecondToLastDigit() {
        assertThat(ResidentDemographics.fromPersonalNumber("198001011239", DAY))
                .contains(new Demographics(Sex.MALE, "35-64"));
        assertThat(ResidentDemographics.fromPersonalNumber("198001011247", DAY))
                .contains(new Demographics(Sex.FEMALE, "35-64"));
    }

    @Test
    void ageBandsTurnOnTheBirthday() {
        assertThat(ResidentDemographics.fromPersonalNumber("200811261248", DAY)
                        .orElseThrow()
                        .ageBand())
                .isEqualTo("18-34");
        assertThat(ResidentDemographics.fromPersonalNumber("200811271247", DAY)
                        .orElseThrow()
                        .ageBand())
                .isEqualTo("0-17");
        assertThat(ResidentDemographics.fromPersonalNumber("196111261234", DAY)
                        .orElseThrow()
                        .ageBand())
                .isEqualTo("65+");
    }

    @Test
    void coordinationNumbersAndNonsense() {
        assertThat(ResidentDemographics.fromPersonalNumber("199003721238", DAY))
                .contains(new Demographics(Sex.MALE, "35-64"));
        assertThat(ResidentDemographics.fromPersonalNumber("199013011238", DAY)).isEmpty();
        assertThat(ResidentDemographics.fromPersonalNumber("12345", DAY)).isEmpty();
        assertThat(ResidentDemographics.fromPersonalNumber(null, DAY)).isEmpty();
    }
}
