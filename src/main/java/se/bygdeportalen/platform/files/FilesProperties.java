package se.bygdeportalen.platform.files;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the file storage ({@code bygdeportalen.files.*}). The storage directory itself is
 * {@code bygdeportalen.storage.directory}.
 *
 * @param clamd the ClamAV daemon that scans every upload
 */
@ConfigurationProperties("bygdeportalen.files")
public record FilesProperties(@DefaultValue Clamd clamd) {

    /**
     * @param host    clamd's host name; empty (the default) means no scanning, for a demo or development
     *                run only: uploads are then stored unscanned, and the staff start page and the log say so
     * @param port    clamd's TCP port ({@code TCPSocket} in clamd.conf)
     * @param timeout for connecting and for each read of the reply; a scan of a 10 MB file takes well under
     *                a second, and the uploader waits for it
     */
    public record Clamd(
            @DefaultValue("") String host,
            @DefaultValue("3310") int port,
            @DefaultValue("30s") Duration timeout) {

        public boolean configured() {
            return host != null && !host.isBlank();
        }
    }
}
