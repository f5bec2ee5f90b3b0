package se.bygdeportalen.platform.demo;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.PlatformProperties;

/** Tells a newcomer, once the platform is up, where it is and how to sign in. */
@Component
public class StartupMessage {

    private static final Logger log = LoggerFactory.getLogger(StartupMessage.class);

    private final List<String> lines = new ArrayList<>();
    private final PlatformProperties properties;
    private final Environment env;

    StartupMessage(PlatformProperties properties, Environment env) {
        this.properties = properties;
        this.env = env;
    }

    public synchronized void addAll(List<String> more) {
        lines.addAll(more);
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        if (env.getProperty("bygdeportalen.embedded-db.ephemeral", Boolean.class, false)) {
            return; // tests
        }
        StringBuilder text = new StringBuilder("\n\n  Bygdeportalen is running: ")
                .append(properties.baseUrl())
                .append("/\n");
        text.append("  Staff sign-in:            ").append(properties.baseUrl()).append("/admin/login\n");
        if (properties.demo().signIn()) {
            text.append("  Demo resident sign-in:    ")
                    .append(properties.baseUrl())
                    .append("/sv/logga-in\n");
        }
        synchronized (this) {
            lines.forEach(line -> text.append("  ").append(line).append('\n'));
        }
        text.append("  Health: http://localhost:")
                .append(env.getProperty("local.management.port", env.getProperty("management.server.port", "?")))
                .append("/actuator/health\n");
        log.info(text.toString());
    }
}
