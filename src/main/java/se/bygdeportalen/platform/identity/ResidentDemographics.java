package se.bygdeportalen.platform.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.identity.internal.PersonalNumberVault;

/**
 * Sex and age band of a resident, derived from the encrypted personal identity number when a module
 * needs them for aggregate statistics (participation by sex and age). Modules store only the band,
 * never the number or the birth date, and publish them only as suppressed aggregates.
 */
@Component
public class ResidentDemographics {

    /** Legal sex as the personal identity number records it (its second-to-last digit). */
    public enum Sex {
        FEMALE,
        MALE
    }

    /** Coarse bands, so that a municipality of 4,000 still gets cells of five or more. */
    public static final List<String> AGE_BANDS = List.of("0-17", "18-34", "35-64", "65+");

    public record Demographics(Sex sex, String ageBand) {}

    private final JdbcClient jdbc;
    private final PersonalNumberVault vault;

    ResidentDemographics(JdbcClient jdbc, PersonalNumberVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    /** The resident's sex and age band on the given day; empty for an unknown or erased resident. */
    public Optional<Demographics> of(long residentId, LocalDate on) {
        return jdbc.sql("SELECT pin_encrypted FROM resident WHERE id = :id AND given_name <> ''")
                .param("id", residentId)
                .query(byte[].class)
                .optional()
                .flatMap(encrypted -> fromPersonalNumber(vault.decrypt(encrypted), on));
    }

    /** From a normalized 12-digit number (YYYYMMDDNNNC); coordination numbers add 60 to the day. */
    static Optional<Demographics> fromPersonalNumber(String pin, LocalDate on) {
        if (pin == null || !pin.matches("\\d{12}")) {
            return Optional.empty();
        }
        try {
            int day = Integer.parseInt(pin.substring(6, 8));
            LocalDate born = LocalDate.of(
                    Integer.parseInt(pin.substring(0, 4)),
                    Integer.parseInt(pin.substring(4, 6)),
                    day > 60 ? day - 60 : day);
            Sex sex = (pin.charAt(10) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
            return Optional.of(
                    new Demographics(sex, ageBand(Period.between(born, on).getYears())));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static String ageBand(int age) {
        if (age < 18) {
            return AGE_BANDS.get(0);
        }
        if (age < 35) {
            return AGE_BANDS.get(1);
        }
        return age < 65 ? AGE_BANDS.get(2) : AGE_BANDS.get(3);
    }
}
