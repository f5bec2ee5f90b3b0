package se.bygdeportalen.platform.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored aggregates ({@link SnapshotSource}): a page reads one row instead of aggregating every row
 * of a table. A value that is missing (a new installation) or no longer reads as its type (a new
 * version changed it) is computed on the spot and stored, so a page never fails for want of one.
 */
@Component
public class Snapshots {

    private static final Logger log = LoggerFactory.getLogger(Snapshots.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final ObjectProvider<SnapshotSource<?>> sources;

    Snapshots(JdbcClient jdbc, JsonMapper json, Clock clock, ObjectProvider<SnapshotSource<?>> sources) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.sources = sources;
    }

    /** The stored value, at most the source's interval old (plus the task's own interval). */
    public <T> T get(SnapshotSource<T> source) {
        Optional<String> stored = jdbc.sql("SELECT body FROM platform_snapshot WHERE name = :n")
                .param("n", source.name())
                .query(String.class)
                .optional();
        if (stored.isPresent()) {
            try {
                return json.readValue(stored.get(), source.type());
            } catch (JacksonException e) {
                log.info("Snapshot {} no longer reads as {}; computing it anew", source.name(), source.type());
            }
        }
        return refresh(source);
    }

    /** Computes the value now and stores it; for the task, and for tests that change data and look at once. */
    public <T> T refresh(SnapshotSource<T> source) {
        T value = source.compute();
        jdbc.sql("""
                INSERT INTO platform_snapshot (name, body, computed_at) VALUES (:n, CAST(:b AS jsonb), :at)
                ON CONFLICT (name) DO UPDATE SET body = excluded.body, computed_at = excluded.computed_at
                """)
                .param("n", source.name())
                .param("b", json.writeValueAsString(value))
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return value;
    }

    /** Recomputes every snapshot older than its interval; returns their names. A failing one is logged and skipped. */
    List<String> refreshDue() {
        List<SnapshotSource<?>> all = sources.orderedStream().toList();
        Instant now = clock.instant();
        List<String> refreshed = new java.util.ArrayList<>();
        for (SnapshotSource<?> source : all) {
            Optional<OffsetDateTime> computed = jdbc.sql("SELECT computed_at FROM platform_snapshot WHERE name = :n")
                    .param("n", source.name())
                    .query(OffsetDateTime.class)
                    .optional();
            Duration age =
                    computed.map(c -> Duration.between(c.toInstant(), now)).orElse(Duration.ofDays(365));
            if (age.compareTo(source.interval()) < 0) {
                continue;
            }
            try {
                refresh(source);
                refreshed.add(source.name());
            } catch (RuntimeException e) {
                log.error("Could not compute snapshot {}; the stored one stays until the next run", source.name(), e);
            }
        }
        return refreshed;
    }
}
