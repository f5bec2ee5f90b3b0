package se.bygdeportalen.decisions.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;
import se.bygdeportalen.platform.files.FileRejectedException;
import se.bygdeportalen.platform.files.FileStorage;
import se.bygdeportalen.platform.files.StoredFile;
import se.bygdeportalen.platform.files.UploadPolicy;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violation;

/** Stores the module's PDFs; a refused upload is a field error at {@code file} with the storage's status (413, 415, 422). */
final class Uploads {

    /** Meeting documents and minutes are PDF only, at most 10 MB (the platform's limit for one uploaded file). */
    static final UploadPolicy POLICY = UploadPolicy.pdf(DataSize.ofMegabytes(10));

    private Uploads() {}

    /** The stored file, or the invalid result to return. */
    sealed interface Stored permits Accepted, Refused {}

    record Accepted(StoredFile file) implements Stored {}

    record Refused(Result.Invalid invalid) implements Stored {}

    static Stored store(FileStorage storage, @Nullable Upload upload) {
        if (upload == null || upload.content() == null || upload.size() <= 0) {
            return new Refused(
                    Result.invalid(422, List.of(new Violation("file", FileRejectedException.EMPTY, List.of()))));
        }
        try (InputStream in = upload.content().getInputStream()) {
            return new Accepted(storage.store(in, upload.originalName(), POLICY));
        } catch (FileRejectedException e) {
            return new Refused(Result.invalid(
                    e.getStatusCode().value(),
                    List.of(new Violation("file", e.messageKey(), Arrays.asList(e.args())))));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read an upload", e);
        }
    }
}
