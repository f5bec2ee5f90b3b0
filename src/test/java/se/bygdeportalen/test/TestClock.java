package se.bygdeportalen.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The time as the application sees it in tests: a clock that stands still at {@link #DEFAULT_INSTANT}
 * (a Monday in June) until a test moves it. {@link IntegrationTest} and {@link BrowserTest} put it in
 * place of the platform's system clock and set it back before and after every test, because the
 * context, and thus this clock, is shared by every test class that uses it. A test that needs another
 * day calls {@link #set} or {@link #setStockholm}; it never has to restore the clock itself.
 *
 * <p>Only the application's clock stands still: PostgreSQL's {@code now()}, Spring Session and
 * db-scheduler keep the real time, so a test writes times the application compares with the clock
 * from this clock, never with {@code now()}. Like the production clock its zone is UTC, so code
 * that forgets {@code withZone(DateFormats.ZONE)} behaves here as it would in production.
 */
public final class TestClock extends Clock {

    /** Where every test starts: Monday 15 June 2026, 12:00 in Stockholm (summer time). */
    public static final Instant DEFAULT_INSTANT = Instant.parse("2026-06-15T10:00:00Z");

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** The day in Stockholm at {@link #DEFAULT_INSTANT}: "today" of every test that leaves the clock alone. */
    public static final LocalDate DEFAULT_TODAY = LocalDate.ofInstant(DEFAULT_INSTANT, STOCKHOLM);

    // Shared with the views withZone() returns, so moving one moves them all.
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public TestClock() {
        this(new AtomicReference<>(DEFAULT_INSTANT), ZoneOffset.UTC);
    }

    public TestClock(Instant start) {
        this(new AtomicReference<>(start), ZoneOffset.UTC);
    }

    private TestClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public TestClock withZone(ZoneId other) {
        return other.equals(zone) ? this : new TestClock(now, other);
    }

    /** Moves the clock to an instant. */
    public void set(Instant instant) {
        now.set(instant);
    }

    /** Moves the clock to a wall-clock time in Stockholm (summer or winter time as on that day). */
    public void setStockholm(LocalDateTime stockholmTime) {
        now.set(stockholmTime.atZone(STOCKHOLM).toInstant());
    }

    /** Moves the clock on (or back, with a negative duration). */
    public void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    /** Back to {@link #DEFAULT_INSTANT}. */
    public void reset() {
        now.set(DEFAULT_INSTANT);
    }

    /** Today in Stockholm by this clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(instant(), STOCKHOLM);
    }

    @Override
    public String toString() {
        return "TestClock[" + instant() + ", " + zone + "]";
    }

    /** Puts the test clock in place of the platform's clock. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    /** Sets the context's clock back before and after each test, so no test sees the time another one set. */
    public static class Reset implements BeforeEachCallback, AfterEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            reset(context);
        }

        @Override
        public void afterEach(ExtensionContext context) {
            reset(context);
        }

        private static void reset(ExtensionContext context) {
            SpringExtension.getApplicationContext(context)
                    .getBeanProvider(TestClock.class)
                    .ifAvailable(TestClock::reset);
        }
    }
}
