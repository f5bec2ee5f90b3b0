package se.bygdeportalen.platform.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.bygdeportalen.test.IntegrationTest;

/** Two overlapping active holds on one resource never both commit; adjacent and released holds do not block. */
@IntegrationTest
class BookingHoldsIT {

    private static final Instant NINE = Instant.parse("2026-05-12T07:00:00Z");
    private static final Instant TEN = Instant.parse("2026-05-12T08:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2026-05-12T09:00:00Z");
    private static final Instant NOON = Instant.parse("2026-05-12T10:00:00Z");

    @Autowired
    BookingHolds holds;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    /** Two threads of their own: the common pool may have only one on a small machine. */
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    /** A resource of its own per test, so tests sharing the database never meet. */
    private static String resource() {
        return "test-room:" + UUID.randomUUID();
    }

    @Test
    void ofTwoConcurrentOverlappingHoldsExactlyOneCommits() throws Exception {
        String room = resource();
        CountDownLatch firstHasInserted = new CountDownLatch(1);
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        // The first transaction holds 9-11 and stays open until the second waits on it.
        CompletableFuture<HoldResult> first = CompletableFuture.supplyAsync(
                () -> transactions.execute(s -> {
                    HoldResult r = holds.hold(room, NINE, ELEVEN, "booking:first");
                    firstHasInserted.countDown();
                    await(firstMayFinish);
                    return r;
                }),
                pool);
        assertThat(firstHasInserted.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<HoldResult> second = CompletableFuture.supplyAsync(
                () -> transactions.execute(s -> holds.hold(room, TEN, NOON, "booking:second")), pool);
        awaitBlockedInsert(second);
        firstMayFinish.countDown();
        HoldResult a = first.get(30, TimeUnit.SECONDS);
        HoldResult b = second.get(30, TimeUnit.SECONDS);

        assertThat(a).isInstanceOf(HoldResult.Held.class);
        assertThat(b)
                .isInstanceOfSatisfying(
                        HoldResult.Conflict.class,
                        c -> assertThat(c.conflicting())
                                .extracting(Hold::reference, Hold::start, Hold::end)
                                .containsExactly(tuple("booking:first", NINE, ELEVEN)));
        assertThat(jdbc.sql("SELECT reference FROM booking_hold WHERE resource_key = :r")
                        .param("r", room)
                        .query(String.class)
                        .list())
                .containsExactly("booking:first");
    }

    @Test
    void whenTheFirstRollsBackTheWaitingSecondGetsTheTime() throws Exception {
        String room = resource();
        CountDownLatch firstHasInserted = new CountDownLatch(1);
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(
                () -> transactions.executeWithoutResult(s -> {
                    holds.hold(room, NINE, ELEVEN, "booking:first");
                    firstHasInserted.countDown();
                    await(firstMayFinish);
                    s.setRollbackOnly();
                }),
                pool);
        assertThat(firstHasInserted.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<HoldResult> second = CompletableFuture.supplyAsync(
                () -> transactions.execute(s -> holds.hold(room, TEN, NOON, "booking:second")), pool);
        awaitBlockedInsert(second);
        firstMayFinish.countDown();
        first.get(30, TimeUnit.SECONDS);
        assertThat(second.get(30, TimeUnit.SECONDS)).isInstanceOf(HoldResult.Held.class);
        assertThat(holds.active(room, NINE, NOON)).extracting(Hold::reference).containsExactly("booking:second");
    }

    @Test
    void aConflictLeavesTheCallersTransactionUsable() {
        String room = resource();
        holds.hold(room, NINE, ELEVEN, "booking:1");
        String after = transactions.execute(s -> {
            assertThat(holds.hold(room, TEN, NOON, "booking:2")).isInstanceOf(HoldResult.Conflict.class);
            // After the savepoint rollback the transaction goes on: another, free time can be held.
            assertThat(holds.hold(room, ELEVEN, NOON, "booking:3")).isInstanceOf(HoldResult.Held.class);
            return jdbc.sql("SELECT 'still usable'").query(String.class).single();
        });
        assertThat(after).isEqualTo("still usable");
        assertThat(holds.active(room, NINE, NOON))
                .extracting(Hold::reference)
                .containsExactly("booking:1", "booking:3");
    }

    @Test
    void adjacentRangesBothHold() {
        String room = resource();
        assertThat(holds.hold(room, NINE, TEN, "booking:a")).isInstanceOf(HoldResult.Held.class);
        assertThat(holds.hold(room, TEN, ELEVEN, "booking:b")).isInstanceOf(HoldResult.Held.class);
        assertThat(holds.hold(room, ELEVEN.minusSeconds(1), NOON, "booking:c")).isInstanceOf(HoldResult.Conflict.class);
    }

    @Test
    void aReleasedHoldNoLongerBlocks() {
        String room = resource();
        HoldResult.Held held = (HoldResult.Held) holds.hold(room, NINE, ELEVEN, "booking:cancelled");
        assertThat(holds.hold(room, NINE, ELEVEN, "booking:new")).isInstanceOf(HoldResult.Conflict.class);

        assertThat(holds.release(held.hold().id())).isTrue();
        assertThat(holds.release(held.hold().id())).as("already released").isFalse();
        assertThat(holds.find(held.hold().id())).isEmpty();
        assertThat(holds.hold(room, NINE, ELEVEN, "booking:new")).isInstanceOf(HoldResult.Held.class);
    }

    @Test
    void releasingByReferenceFreesAllItsTimes() {
        String room = resource();
        holds.hold(room, NINE, TEN, "series:7");
        holds.hold(room, ELEVEN, NOON, "series:7");
        holds.hold(room, TEN, ELEVEN, "booking:other");
        assertThat(holds.byReference("series:7")).extracting(Hold::start).containsExactly(NINE, ELEVEN);

        assertThat(holds.releaseAll("series:7")).isEqualTo(2);
        assertThat(holds.active(room, NINE, NOON)).extracting(Hold::reference).containsExactly("booking:other");
    }

    @Test
    void differentResourcesDoNotBlockEachOther() {
        String room = resource();
        String hall = resource();
        assertThat(holds.hold(room, NINE, NOON, "booking:room")).isInstanceOf(HoldResult.Held.class);
        assertThat(holds.hold(hall, NINE, NOON, "booking:hall")).isInstanceOf(HoldResult.Held.class);
        assertThat(holds.active(List.of(room, hall), TEN, ELEVEN))
                .extracting(Hold::reference)
                .containsExactlyInAnyOrder("booking:room", "booking:hall");
    }

    @Test
    void listingAWindowShowsOnlyActiveHoldsOverlappingIt() {
        String room = resource();
        holds.hold(room, NINE, TEN, "booking:early");
        holds.hold(room, TEN, ELEVEN, "booking:middle");
        HoldResult.Held late = (HoldResult.Held) holds.hold(room, ELEVEN, NOON, "booking:late");
        holds.release(late.hold().id());

        // [10:00, 12:00) touches the early hold only at its end, which is not held.
        assertThat(holds.active(room, TEN, NOON)).extracting(Hold::reference).containsExactly("booking:middle");
        assertThatThrownBy(() -> holds.active(
                        room, NINE, NINE.plus(BookingHolds.MAX_WINDOW).plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHoldMustEndAfterItStarts() {
        assertThatThrownBy(() -> holds.hold(resource(), TEN, TEN, "booking:x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> holds.hold(resource(), TEN, NINE, "booking:x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> holds.hold(" ", NINE, TEN, "booking:x")).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Waits until the second insert is queued behind the first transaction's uncommitted hold (a lock
     * wait in pg_stat_activity), so the test covers the race and not two inserts one after the other.
     */
    private void awaitBlockedInsert(CompletableFuture<?> second) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jdbc.sql("""
                SELECT count(*) FROM pg_stat_activity
                WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO booking_hold%' AND datname = current_database()
                """).query(Long.class).single() == 0) {
            assertThat(second)
                    .as("the second hold must wait for the first, not finish")
                    .isNotDone();
            if (System.nanoTime() > deadline) {
                throw new AssertionError("second insert never waited on the first: "
                        + jdbc.sql(
                                        "SELECT pid, datname, state, wait_event_type, wait_event, left(query, 80) AS q FROM pg_stat_activity")
                                .query()
                                .listOfRows());
            }
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
