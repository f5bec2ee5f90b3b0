package se.bygdeportalen.platform.demo;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads every module's demo data once, when {@code bygdeportalen.demo.data} is on (the default on
 * the embedded database). A module whose data is already loaded is skipped, so restarts keep
 * whatever the newcomer changed.
 */
@Component
@ConditionalOnProperty(name = "bygdeportalen.demo.data", havingValue = "true")
@Order(0)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final List<DemoData> data;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Environment env;
    private final StartupMessage message;

    DemoDataLoader(
            List<DemoData> data,
            JdbcClient jdbc,
            TransactionTemplate tx,
            Clock clock,
            Environment env,
            StartupMessage message) {
        this.data = data.stream()
                .sorted(Comparator.comparingInt(DemoData::order).thenComparing(DemoData::module))
                .toList();
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.env = env;
        this.message = message;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean embedded = se.bygdeportalen.platform.db.EmbeddedDatabase.inUse(env);
        DemoContext context = new DemoContext(clock, embedded);
        for (DemoData module : data) {
            tx.executeWithoutResult(status -> {
                int claimed = jdbc.sql("INSERT INTO demo_data_run (module) VALUES (:m) ON CONFLICT DO NOTHING")
                        .param("m", module.module())
                        .update();
                if (claimed == 1) {
                    log.info("Loading demo data of module {}", module.module());
                    module.load(context);
                }
            });
        }
        message.addAll(context.announcements());
    }
}
