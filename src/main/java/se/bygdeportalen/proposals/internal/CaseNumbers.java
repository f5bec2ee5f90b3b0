package se.bygdeportalen.proposals.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out gap-free running numbers per series and year. The counter row is incremented with an
 * upsert ({@code ... DO UPDATE ... RETURNING}) inside the caller's transaction: concurrent callers
 * queue on the row lock, and a rollback gives the number back, so no number is skipped or repeated.
 */
@Component
public class CaseNumbers {

    private final JdbcClient jdbc;

    CaseNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number in the series and year; must run in the transaction that uses it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(String series, int year) {
        return jdbc.sql("""
                INSERT INTO proposal_case_counter (series, year, last_number) VALUES (:series, :year, 1)
                ON CONFLICT (series, year) DO UPDATE SET last_number = proposal_case_counter.last_number + 1
                RETURNING last_number
                """).param("series", series).param("year", year).query(Integer.class).single();
    }
}
