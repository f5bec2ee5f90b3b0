package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.bygdeportalen.platform.casenumber.CaseNumber;
import se.bygdeportalen.platform.casenumber.CaseNumbers;
import se.bygdeportalen.proposals.internal.ProposalsProperties;
import se.bygdeportalen.test.IntegrationTest;

/**
 * Case numbers per series and year have no gaps and no repeats, also when many are handed out at once or one
 * is rolled back. Proposals take them from the platform's counter (ADR 0014); V076 carried the old counts over.
 */
@IntegrationTest
class CaseNumberConcurrencyIT {

    @Autowired
    CaseNumbers numbers;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentTransactionsGetConsecutiveNumbers() throws Exception {
        String series = "T" + UUID.randomUUID().toString().substring(0, 6);
        int threads = 3;
        int each = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Integer>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Callable<List<Integer>> task = () -> {
                start.await();
                List<Integer> got = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    got.add(transactions.execute(s -> numbers.next(series, 2026).number()));
                }
                return got;
            };
            futures.add(pool.submit(task));
        }
        start.countDown();
        List<Integer> all = new ArrayList<>();
        for (Future<List<Integer>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        assertThat(all).hasSize(threads * each).doesNotHaveDuplicates();
        assertThat(all.stream().sorted().toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, threads * each)
                        .boxed()
                        .toList());
    }

    @Test
    void aRolledBackNumberIsHandedOutAgainAndYearsAreSeparate() {
        String series = "R" + UUID.randomUUID().toString().substring(0, 6);
        assertThat((CaseNumber) transactions.execute(s -> numbers.next(series, 2026)))
                .isEqualTo(new CaseNumber(series, 2026, 1));
        transactions.executeWithoutResult(s -> {
            assertThat(numbers.next(series, 2026).number()).isEqualTo(2);
            s.setRollbackOnly();
        });
        assertThat((CaseNumber) transactions.execute(s -> numbers.next(series, 2026)))
                .isEqualTo(new CaseNumber(series, 2026, 2));
        assertThat((CaseNumber) transactions.execute(s -> numbers.next(series, 2027)))
                .isEqualTo(new CaseNumber(series, 2027, 1));
    }

    @Test
    void theFormatIsConfigurable() {
        ProposalsProperties p = new ProposalsProperties(
                "KS",
                "{series} {year}/{number}",
                java.time.Period.ofYears(1),
                java.time.Period.ofDays(30),
                java.time.Duration.ZERO,
                0,
                java.time.Duration.ofHours(72),
                "a@b.se",
                5);
        assertThat(p.formatCaseNumber(new CaseNumber("KS", 2026, 25))).isEqualTo("KS 2026/25");
        ProposalsProperties q = new ProposalsProperties(
                "MF",
                "{year}-{series}-{number}",
                java.time.Period.ofYears(1),
                java.time.Period.ofDays(30),
                java.time.Duration.ZERO,
                0,
                java.time.Duration.ofHours(72),
                "a@b.se",
                5);
        assertThat(q.formatCaseNumber(new CaseNumber("MF", 2026, 7))).isEqualTo("2026-MF-7");
    }

    @Test
    void aBadSeriesOrFormatIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new ProposalsProperties(
                        "KS 1",
                        "{series} {year}/{number}",
                        java.time.Period.ofYears(1),
                        java.time.Period.ofDays(30),
                        java.time.Duration.ZERO,
                        0,
                        java.time.Duration.ofHours(72),
                        "a@b.se",
                        5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProposalsProperties(
                        "KS",
                        "{series} {year}",
                        java.time.Period.ofYears(1),
                        java.time.Period.ofDays(30),
                        java.time.Duration.ZERO,
                        0,
                        java.time.Duration.ofHours(72),
                        "a@b.se",
                        5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Runs V076 as written against a stand-in for the old table (a temporary table of the same name, which
     * the search path finds first) inside a transaction that is rolled back: the counts are carried over,
     * a higher platform count is never lowered, and numbering continues after the carried-over count.
     */
    @Test
    void theMigrationCarriesTheOldCountsOver() throws Exception {
        String carried = "C" + UUID.randomUUID().toString().substring(0, 6);
        String higher = "H" + UUID.randomUUID().toString().substring(0, 6);
        String script;
        try (var in = getClass().getResourceAsStream("/db/migration/V076__proposals_case_numbers_to_platform.sql")) {
            script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(jdbc.sql("SELECT to_regclass('public.proposal_case_counter') IS NULL")
                        .query(Boolean.class)
                        .single())
                .as("the old table is gone after the migrations")
                .isTrue();
        transactions.executeWithoutResult(s -> {
            jdbc.sql("CREATE TEMPORARY TABLE proposal_case_counter (series text NOT NULL, year int NOT NULL, "
                            + "last_number int NOT NULL DEFAULT 0, PRIMARY KEY (series, year)) ON COMMIT DROP")
                    .update();
            jdbc.sql("INSERT INTO proposal_case_counter VALUES (:c, 2026, 24), (:c, 2025, 130), (:h, 2026, 3)")
                    .param("c", carried)
                    .param("h", higher)
                    .update();
            numbers.continueAfter(higher, 2026, 40);
            for (String statement : script.replaceAll("--[^\n]*", "").split(";")) {
                if (!statement.isBlank()) {
                    jdbc.sql(statement).update();
                }
            }
            assertThat(numbers.last(carried, 2026)).isEqualTo(24);
            assertThat(numbers.last(carried, 2025)).isEqualTo(130);
            assertThat(numbers.last(higher, 2026)).isEqualTo(40);
            assertThat(numbers.next(carried, 2026)).isEqualTo(new CaseNumber(carried, 2026, 25));
            assertThat(jdbc.sql("SELECT to_regclass('proposal_case_counter') IS NULL")
                            .query(Boolean.class)
                            .single())
                    .isTrue();
            s.setRollbackOnly();
        });
        assertThat(numbers.last(carried, 2026)).isZero();
    }
}
