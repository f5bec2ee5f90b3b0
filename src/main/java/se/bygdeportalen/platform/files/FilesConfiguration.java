package se.bygdeportalen.platform.files;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import se.bygdeportalen.platform.demo.StartupMessage;
import se.bygdeportalen.platform.web.StaffNotice;

/** The virus scanner, and the word that there is none when none is configured. */
@Configuration
@EnableConfigurationProperties(FilesProperties.class)
class FilesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FilesConfiguration.class);

    @Bean
    VirusScanner virusScanner(FilesProperties properties) {
        FilesProperties.Clamd clamd = properties.clamd();
        return clamd.configured()
                ? new ClamdScanner(clamd.host().strip(), clamd.port(), clamd.timeout())
                : VirusScanner.NONE;
    }

    /** On the staff start page while uploads are not scanned. */
    @Bean
    StaffNotice uploadsNotScannedNotice(VirusScanner scanner) {
        return StaffNotice.of(
                "uploads-not-scanned",
                "files.scanner.notConfigured.title",
                "files.scanner.notConfigured.text",
                () -> !scanner.scans());
    }

    /** Says once, before the application is ready, whether uploads are scanned; loudly when they are not. */
    @EventListener(ApplicationStartedEvent.class)
    void announce(ApplicationStartedEvent event) {
        VirusScanner scanner = event.getApplicationContext().getBean(VirusScanner.class);
        if (scanner.scans()) {
            log.info("Uploads are scanned for viruses by clamd at {}", scanner);
            return;
        }
        log.warn("No virus scanner is configured (bygdeportalen.files.clamd.host): uploads are checked for type, "
                + "size and content but NOT scanned for viruses. Fine for a demo; connect ClamAV before going live");
        ObjectProvider<StartupMessage> message = event.getApplicationContext().getBeanProvider(StartupMessage.class);
        message.ifAvailable(m -> m.addAll(List.of("%-26s%s".formatted("Virus scan of uploads:", "off (no clamd)"))));
    }
}
