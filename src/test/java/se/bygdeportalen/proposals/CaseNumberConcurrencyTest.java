package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;

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

import se.bygdeportalen.test.IntegrationTest;

import se.bygdeportalen.proposals.internal.CaseNumbers;
import se.bygdeportalen.proposals.internal.ProposalsProperties;

/** Case numbers per series and year have no gaps and no repeats, also when many are handed out at once or one is rolled back. */
@IntegrationTest
class CaseNumberConcurrencyTest {

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
                    got.add(transactions.execute(s -> numbers.next(series, 2026)));
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
        assertThat(all.stream().sorted().toList()).isEqualTo(java.util.stream.IntStream.rangeClosed(1, threads * each).boxed().toList());
    }

    @Test
    void aRolledBackNumberIsHandedOutAgainAndYearsAreSeparate() {
        String series = "R" + UUID.randomUUID().toString().substring(0, 6);
        assertThat((Integer) transactions.execute(s -> numbers.next(series, 2026))).isEqualTo(1);
        transactions.executeWithoutResult(s -> {
            assertThat(numbers.next(series, 2026)).isEqualTo(2);
            s.setRollbackOnly();
        });
        assertThat((Integer) transactions.execute(s -> numbers.next(series, 2026))).isEqualTo(2);
        assertThat((Integer) transactions.execute(s -> numbers.next(series, 2027))).isEqualTo(1);
    }

    @Test
    void theFormatIsConfigurable() {
        ProposalsProperties p = new ProposalsProperties("KS", "{series} {year}/{number}", java.time.Period.ofYears(1),
                java.time.Period.ofDays(30), java.time.Duration.ZERO, 0, java.time.Duration.ofHours(72), "a@b.se", 5);
        assertThat(p.formatCaseNumber(2026, 123)).isEqualTo("KS 2026/123");
        ProposalsProperties q = new ProposalsProperties("MF", "{year}-{series}-{number}", java.time.Period.ofYears(1),
                java.time.Period.ofDays(30), java.time.Duration.ZERO, 0, java.time.Duration.ofHours(72), "a@b.se", 5);
        assertThat(q.formatCaseNumber(2026, 7)).isEqualTo("2026-MF-7");
    }
}
