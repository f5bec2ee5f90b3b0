package se.bygdeportalen.platform.files;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Scans every upload for malware before anything of it is kept: ClamAV's clamd when
 * {@code bygdeportalen.files.clamd.host} is set (see {@link FilesProperties}), {@link #NONE} otherwise.
 * The storage fails closed: when the scanner cannot be reached or gives no clear answer, the upload is
 * refused ({@code files.rejected.scannerUnavailable}, 503) and nothing of it is stored.
 */
public interface VirusScanner {

    /** What a scan found. */
    sealed interface Verdict {}

    /** Nothing known was found. */
    record Clean() implements Verdict {}

    /** @param signature the scanner's name for what it found, e.g. {@code Eicar-Test-Signature} */
    record Infected(String signature) implements Verdict {}

    /**
     * @param file the upload as received, before anything else reads it
     * @throws IOException when the scanner cannot be reached or answers anything but clean or found
     */
    Verdict scan(Path file) throws IOException;

    /** Whether uploads are scanned at all: false only for {@link #NONE}, which the staff start page and the log name. */
    default boolean scans() {
        return true;
    }

    /**
     * No scanning, for a demo or development run without ClamAV. Uploads are still checked for type,
     * size and content; the staff start page and the start-up log say that they are not scanned.
     */
    VirusScanner NONE = new VirusScanner() {
        @Override
        public Verdict scan(Path file) {
            return new Clean();
        }

        @Override
        public boolean scans() {
            return false;
        }
    };
}
