package se.bygdeportalen.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.bygdeportalen.platform.identity.ResidentDemographics.Demographics;
import se.bygdeportalen.platform.identity.ResidentDemographics.Sex;
import se.bygdeportalen.platform.identity.internal.ResidentRepository;
import se.bygdeportalen.platform.identity.internal.SignInResident;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.TestClock;

@IntegrationTest
class ResidentDemographicsIT {

    @Autowired
    SignInResident signIn;

    @Autowired
    ResidentDemographics demographics;

    @Autowired
    ResidentRepository residents;

    @Autowired
    JdbcClient jdbc;

    @Test
    void derivedFromTheEncryptedNumberAndGoneAfterErasure() {
        long id = signIn.signInResident(new SignInResident.Command("20100315-2386", "Elsa", "Keskitalo"), Actor.VISITOR)
                .id();
        assertThat(demographics.of(id, LocalDate.of(2026, 11, 26))).contains(new Demographics(Sex.FEMALE, "0-17"));

        residents.anonymise(id, TestClock.DEFAULT_INSTANT);
        assertThat(demographics.of(id, LocalDate.of(2026, 11, 26))).isEmpty();
        assertThat(demographics.of(-1, LocalDate.of(2026, 11, 26))).isEmpty();
    }
}
