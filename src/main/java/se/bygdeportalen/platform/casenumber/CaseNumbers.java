package se.bygdeportalen.platform.casenumber;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.i18n.DateFormats;

/**
 * Hands out gap-free running numbers per series and year (ADR 0006, ADR 0014). The counter row is
 * incremented with an upsert ({@code ... DO UPDATE ... RETURNING}) inside the caller's transaction:
 * concurrent callers queue on the row lock until the first commits or rolls back, and a rollback gives
 * the number back, so no number is skipped or repeated. Take the number as late as possible in the
 * use case, just before the row that carries it is written, so the lock is held briefly.
 */
@Component
public class CaseNumbers {

    private static final Pattern SERIES = Pattern.compile("[A-Za-zÅÄÖåäö0-9-]{1,20}");

    private final JdbcClient jdbc;

    CaseNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next number in the series and year. Must run in the transaction that stores it, so that a
     * rollback there gives the number back.
     *
     * @throws IllegalArgumentException for a series that is not 1 to 20 letters, digits or dashes
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CaseNumber next(String series, int year) {
        checkSeries(series);
        checkYear(year);
        int number = jdbc.sql("""
                INSERT INTO case_number_counter (series, year, last_number) VALUES (:series, :year, 1)
                ON CONFLICT (series, year) DO UPDATE SET last_number = case_number_counter.last_number + 1
                RETURNING last_number
                """)
                .param("series", series)
                .param("year", year)
                .query(Integer.class)
                .single();
        return new CaseNumber(series, year, number);
    }

    /**
     * The next number in the series for the calendar year (in Europe/Stockholm) of {@code registeredAt},
     * so a document registered on New Year's Eve at 23:30 local time still counts in the old year.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CaseNumber next(String series, Instant registeredAt) {
        return next(series, LocalDate.ofInstant(registeredAt, DateFormats.ZONE).getYear());
    }

    /**
     * Continues a series after numbers handed out elsewhere (an earlier diarium system, or a module's
     * own counter table when it moves onto this one): the next number will be at least
     * {@code lastNumber + 1}. Never lowers a counter, so running it twice is harmless.
     */
    @Transactional
    public void continueAfter(String series, int year, int lastNumber) {
        checkSeries(series);
        checkYear(year);
        if (lastNumber < 0) {
            throw new IllegalArgumentException("The last number handed out cannot be negative: " + lastNumber);
        }
        jdbc.sql("""
                INSERT INTO case_number_counter (series, year, last_number) VALUES (:series, :year, :last)
                ON CONFLICT (series, year) DO UPDATE SET last_number = GREATEST(case_number_counter.last_number, EXCLUDED.last_number)
                """)
                .param("series", series)
                .param("year", year)
                .param("last", lastNumber)
                .update();
    }

    /** The last number handed out in the series and year (0 if none yet); committed numbers only. */
    @Transactional(readOnly = true)
    public int last(String series, int year) {
        return jdbc.sql("SELECT last_number FROM case_number_counter WHERE series = :series AND year = :year")
                .param("series", series)
                .param("year", year)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    static void checkSeries(String series) {
        if (series == null || !SERIES.matcher(series).matches()) {
            throw new IllegalArgumentException("A case-number series is 1 to 20 letters, digits or dashes: " + series);
        }
    }

    static void checkYear(int year) {
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("Not a registration year: " + year);
        }
    }
}
