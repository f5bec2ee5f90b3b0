package se.bygdeportalen.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * Stores uploads: checks them against an {@link UploadPolicy}, cleans them, and keeps the content
 * on disk under a server-generated name ({@code <directory>/ab/cd/<uuid>}) with the metadata in
 * {@code stored_file}. The row is written in the caller's transaction and the file follows it:
 * a rolled-back store removes its file, a delete removes the file only once the delete commits.
 * So a use case that stores three attachments and then fails leaves nothing half-saved.
 *
 * <p>Serve files with {@link FileResponses} from the module's own controller, after its own access
 * check; there is deliberately no generic URL for stored files.
 *
 * <p>Do the store early in the use case: the checks and re-encoding take up to a second or two for
 * large photos, and the transaction holds its database connection meanwhile.
 *
 * <p>Every upload is scanned for viruses by the {@link VirusScanner} before anything else reads it; an
 * unreachable scanner refuses the upload (fail closed). Without {@code bygdeportalen.files.clamd.host}
 * nothing is scanned, which the staff start page and the start-up log say.
 *
 * <p>Not done yet: a sweep for content files whose row is gone (left only if the process dies between
 * the move and the commit).
 */
@Component
public class FileStorage {

    private static final Logger log = LoggerFactory.getLogger(FileStorage.class);

    /** Work files older than this are leftovers of a crash and are removed at start-up. */
    private static final Duration STALE_WORK_FILE = Duration.ofHours(1);

    private final StoredFileRepository files;
    private final UploadIntake intake;
    private final Path root;
    private final Path work;

    FileStorage(
            StoredFileRepository files,
            VirusScanner scanner,
            @Value("${bygdeportalen.storage.directory:./data/files}") Path directory) {
        this.files = files;
        this.intake = new UploadIntake(new ImageSanitizer(), scanner);
        this.root = directory.toAbsolutePath().normalize();
        // Inside the root, so the final move is a rename on the same file system.
        this.work = root.resolve(".incoming");
        removeStaleWorkFiles();
    }

    /**
     * Checks, cleans and stores one upload.
     *
     * @param content      the upload; read once, not closed
     * @param originalName the name the uploader gave, only for display and download
     * @throws FileRejectedException when the upload breaks the policy; nothing is stored then
     * @throws UncheckedIOException  when the disk fails
     */
    public StoredFile store(InputStream content, @Nullable String originalName, UploadPolicy policy) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(policy, "policy");
        UUID id = UUID.randomUUID();
        Path target = pathOf(id);
        UploadIntake.Accepted accepted;
        try {
            Files.createDirectories(work);
            accepted = intake.receive(content, originalName, policy, work);
            try {
                Files.createDirectories(target.getParent());
                Files.move(accepted.file(), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                UploadIntake.deleteQuietly(accepted.file());
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an upload", e);
        }
        StoredFile stored;
        try {
            stored = files.insert(
                    id,
                    accepted.name(),
                    accepted.type().mediaType(),
                    accepted.sizeBytes(),
                    accepted.sha256(),
                    accepted.width(),
                    accepted.height());
        } catch (RuntimeException e) {
            UploadIntake.deleteQuietly(target);
            throw e;
        }
        afterRollback(() -> UploadIntake.deleteQuietly(target));
        return stored;
    }

    /**
     * Stores a file from a multipart form field.
     *
     * @throws FileRejectedException {@code files.rejected.empty} when no file was chosen or it is empty
     */
    public StoredFile store(@Nullable MultipartFile file, UploadPolicy policy) {
        if (file == null || file.isEmpty()) {
            throw FileRejectedException.empty();
        }
        try (InputStream in = file.getInputStream()) {
            return store(in, file.getOriginalFilename(), policy);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read an upload", e);
        }
    }

    public Optional<StoredFile> find(UUID id) {
        return files.byId(id);
    }

    /** The stored content; the caller closes it. */
    public InputStream open(StoredFile file) {
        try {
            return Files.newInputStream(pathOf(file.id()));
        } catch (IOException e) {
            throw new UncheckedIOException("Stored file " + file.id() + " cannot be read", e);
        }
    }

    /** Deletes the row now and the content when the caller's transaction commits; unknown ids are ignored. */
    public void delete(UUID id) {
        if (files.delete(id) == 0) {
            return;
        }
        Path path = pathOf(id);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) {
                        UploadIntake.deleteQuietly(path);
                    }
                }
            });
        } else {
            UploadIntake.deleteQuietly(path);
        }
    }

    /** Where a file's content lives: sharded by the id's first hex digits, so no directory grows huge. */
    Path pathOf(UUID id) {
        String name = id.toString();
        return root.resolve(name.substring(0, 2)).resolve(name.substring(2, 4)).resolve(name);
    }

    Path root() {
        return root;
    }

    private static void afterRollback(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    // Only a certain rollback: with STATUS_UNKNOWN the row may exist, and an orphan file is the lesser
                    // harm.
                    if (status == STATUS_ROLLED_BACK) {
                        action.run();
                    }
                }
            });
        }
    }

    private void removeStaleWorkFiles() {
        if (!Files.isDirectory(work)) {
            return;
        }
        // The file system stamps the files with the system clock, so the cutoff is on that clock too.
        Instant cutoff = Instant.now().minus(STALE_WORK_FILE);
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(work, "*.part")) {
            for (Path leftover : leftovers) {
                if (Files.getLastModifiedTime(leftover).toInstant().isBefore(cutoff)) {
                    UploadIntake.deleteQuietly(leftover);
                }
            }
        } catch (IOException e) {
            log.warn("Could not clean the upload work directory {}", work, e);
        }
    }
}
