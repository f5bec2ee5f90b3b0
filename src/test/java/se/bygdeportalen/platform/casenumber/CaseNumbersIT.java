package se.bygdeportalen.platform.casenumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import se.bygdeportalen.test.IntegrationTest;

/** Case numbers per series and year have no gaps and no repeats, also under concurrency with rollbacks. */
@IntegrationTest
class CaseNumbersIT {

    @Autowired
    CaseNumbers numbers;

    @Autowired
    TransactionTemplate transactions;

    /** A series of its own per test, so tests sharing the database never meet. */
    private static String series() {
        return "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** One number in a transaction of its own that commits. */
    private CaseNumber take(String series, int year) {
        CaseNumber n = transactions.execute(s -> numbers.next(series, year));
        return java.util.Objects.requireNonNull(n);
    }

    private CaseNumber take(String series, Instant at) {
        CaseNumber n = transactions.execute(s -> numbers.next(series, at));
        return java.util.Objects.requireNonNull(n);
    }

    @Test
    void twentyConcurrentTransactionsSomeRollingBackLeaveNoGapsAndNoRepeats() throws Exception {
        String series = series();
        int threads = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            boolean rollBack = t % 4 == 0; // threads 0, 4, 8, 12, 16 roll back: 5 of 20
            futures.add(pool.submit(() -> {
                start.await();
                return transactions.execute(status -> {
                    int number = numbers.next(series, 2026).number();
                    if (rollBack) {
                        status.setRollbackOnly();
                        return null;
                    }
                    return number;
                });
            }));
        }
        start.countDown();
        List<Integer> committed = new ArrayList<>();
        for (Future<Integer> f : futures) {
            Integer n = f.get();
            if (n != null) {
                committed.add(n);
            }
        }
        pool.shutdown();
        assertThat(committed).hasSize(15);
        assertThat(committed.stream().sorted().toList())
                .isEqualTo(IntStream.rangeClosed(1, 15).boxed().toList());
        assertThat(numbers.last(series, 2026)).isEqualTo(15);
        assertThat(take(series, 2026)).isEqualTo(new CaseNumber(series, 2026, 16));
    }

    @Test
    void aRolledBackNumberIsHandedOutAgain() {
        String series = series();
        assertThat(take(series, 2026).number()).isEqualTo(1);
        transactions.executeWithoutResult(s -> {
            assertThat(numbers.next(series, 2026).number()).isEqualTo(2);
            s.setRollbackOnly();
        });
        assertThat(take(series, 2026).number()).isEqualTo(2);
    }

    @Test
    void seriesAndYearsCountSeparately() {
        String a = series();
        String b = series();
        transactions.executeWithoutResult(s -> {
            numbers.next(a, 2026);
            numbers.next(a, 2026);
            numbers.next(a, 2026);
        });
        assertThat(take(a, 2027).number()).isEqualTo(1);
        assertThat(take(b, 2026).number()).isEqualTo(1);
        assertThat(take(a, 2026).number()).isEqualTo(4);
        assertThat(numbers.last(a, 2025)).isZero();
    }

    @Test
    void theYearIsTheRegistrationYearInStockholm() {
        String series = series();
        // 2026-12-31T23:30 in Stockholm is 22:30 UTC: still 2026. 23:30 UTC is already 2027 in Stockholm.
        assertThat(take(series, Instant.parse("2026-12-31T22:30:00Z"))).isEqualTo(new CaseNumber(series, 2026, 1));
        assertThat(take(series, Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo(new CaseNumber(series, 2027, 1));
    }

    @Test
    void aSeriesContinuesAfterNumbersHandedOutElsewhereAndNeverGoesBack() {
        String series = series();
        numbers.continueAfter(series, 2026, 41);
        assertThat(take(series, 2026).number()).isEqualTo(42);
        numbers.continueAfter(series, 2026, 10);
        assertThat(take(series, 2026).number()).isEqualTo(43);
    }

    @Test
    void aNumberIsOnlyHandedOutInsideATransaction() {
        assertThatThrownBy(() -> numbers.next(series(), 2026)).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aSeriesMustBeShortAndPlain() {
        assertThatThrownBy(() -> transactions.execute(s -> numbers.next("KS 2026", 2026)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> transactions.execute(s -> numbers.next("", 2026)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> transactions.execute(s -> numbers.next("KS", 26)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
