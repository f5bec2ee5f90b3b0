package se.bygdeportalen.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.bygdeportalen.test.IntegrationTest;

/**
 * Storing follows the caller's transaction, every upload passes the virus scanner (a small local clamd,
 * configured as an installation would), and served files carry safe headers.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(FileStorageIT.ServingController.class)
class FileStorageIT {

    private static final Path DIRECTORY = temporaryDirectory();
    private static final FakeClamd CLAMD = FakeClamd.start();

    @DynamicPropertySource
    static void storageDirectory(DynamicPropertyRegistry registry) {
        registry.add("bygdeportalen.storage.directory", DIRECTORY::toString);
        registry.add("bygdeportalen.files.clamd.host", () -> "127.0.0.1");
        registry.add("bygdeportalen.files.clamd.port", CLAMD::port);
        registry.add("bygdeportalen.files.clamd.timeout", () -> "10s");
    }

    @AfterAll
    static void removeDirectory() throws IOException {
        CLAMD.close();
        FileSystemUtils.deleteRecursively(DIRECTORY);
    }

    @Autowired
    FileStorage storage;

    @Autowired
    FileResponses responses;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    private StoredFile storePdf(String name) {
        return storage.store(new ByteArrayInputStream(TestFiles.pdf()), name, UploadPolicy.IMAGES_AND_PDF_10_MB);
    }

    @Test
    void storesTheContentOnDiskUnderItsIdAndTheMetadataInTheDatabase() throws Exception {
        byte[] photo = TestFiles.withSegments(TestFiles.jpeg(40, 20), TestFiles.exif(6));

        StoredFile file = storage.store(
                new ByteArrayInputStream(photo), "C:\\Bilder\\Älven i maj.JPG", UploadPolicy.IMAGES_AND_PDF_10_MB);

        assertThat(storage.find(file.id())).contains(file);
        assertThat(file.originalName()).isEqualTo("Älven i maj.jpg");
        assertThat(file.contentType()).isEqualTo("image/jpeg");
        assertThat(file.kind()).isEqualTo(FileKind.IMAGE);
        assertThat(file.width()).isEqualTo(20);
        assertThat(file.height()).isEqualTo(40);
        assertThat(file.createdAt()).isNotNull();
        String id = file.id().toString();
        Path path = storage.pathOf(file.id());
        assertThat(path)
                .isEqualTo(DIRECTORY
                        .toAbsolutePath()
                        .resolve(id.substring(0, 2))
                        .resolve(id.substring(2, 4))
                        .resolve(id));
        assertThat(Files.size(path)).isEqualTo(file.sizeBytes());
        try (InputStream in = storage.open(file)) {
            byte[] stored = in.readAllBytes();
            assertThat(UploadIntake.sha256(path)).isEqualTo(file.sha256());
            assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored))
                            .containsDirectoryOfType(GpsDirectory.class))
                    .isFalse();
        }
        assertThat(workFiles()).isEmpty();
    }

    @Test
    void aRolledBackTransactionLeavesNoRowAndNoFile() {
        List<StoredFile> stored = new ArrayList<>();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            stored.add(storePdf("bilaga-1.pdf"));
            stored.add(storage.store(
                    new ByteArrayInputStream(TestFiles.png(4, 4)), "bilaga-2.png", UploadPolicy.IMAGES_AND_PDF_10_MB));
            assertThat(storage.pathOf(stored.get(0).id())).exists();
            tx.setRollbackOnly();
        });

        for (StoredFile file : stored) {
            assertThat(storage.find(file.id())).isEmpty();
            assertThat(storage.pathOf(file.id())).doesNotExist();
        }
    }

    @Test
    void aUseCaseThatFailsAfterStoringLeavesNothingHalfSaved() {
        List<StoredFile> stored = new ArrayList<>();
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                    stored.add(storePdf("bilaga-1.pdf"));
                    // The second attachment is refused; the whole submission fails.
                    storage.store(
                            new ByteArrayInputStream("<html>".getBytes(StandardCharsets.US_ASCII)),
                            "bilaga-2.pdf",
                            UploadPolicy.IMAGES_AND_PDF_10_MB);
                }))
                .isInstanceOf(FileRejectedException.class);

        assertThat(storage.find(stored.getFirst().id())).isEmpty();
        assertThat(storage.pathOf(stored.getFirst().id())).doesNotExist();
        assertThat(workFiles()).isEmpty();
    }

    @Test
    void everyUploadIsScannedAndEicarIsRefusedWithNothingStored() throws IOException {
        int scansBefore = CLAMD.received().size();
        StoredFile clean = storePdf("ren.pdf");
        assertThat(CLAMD.received()).hasSize(scansBefore + 1);
        assertThat(CLAMD.received().getLast()).isEqualTo(TestFiles.pdf());
        assertThat(storage.find(clean.id())).isPresent();

        long filesBefore = contentFiles();
        byte[] eicar = ("%PDF-1.4\n" + FakeClamd.EICAR + "\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() ->
                        storage.store(new ByteArrayInputStream(eicar), "eicar.pdf", UploadPolicy.IMAGES_AND_PDF_10_MB))
                .isInstanceOfSatisfying(FileRejectedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("files.rejected.virus");
                    assertThat(e.getStatusCode().value()).isEqualTo(422);
                });
        assertThat(contentFiles()).isEqualTo(filesBefore);
        assertThat(workFiles()).isEmpty();
    }

    @Test
    void whenTheScannerStopsAnsweringTheUploadIsRefusedAndTheTransactionLeavesNothingHalfSaved() {
        List<StoredFile> stored = new ArrayList<>();
        try {
            assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                        stored.add(storePdf("bilaga-1.pdf"));
                        CLAMD.mode(FakeClamd.Mode.SILENT);
                        storePdf("bilaga-2.pdf");
                    }))
                    .isInstanceOfSatisfying(FileRejectedException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("files.rejected.scannerUnavailable");
                        assertThat(e.getStatusCode().value()).isEqualTo(503);
                    });
        } finally {
            CLAMD.mode(FakeClamd.Mode.SCAN);
        }
        assertThat(storage.find(stored.getFirst().id())).isEmpty();
        assertThat(storage.pathOf(stored.getFirst().id())).doesNotExist();
        assertThat(workFiles()).isEmpty();
    }

    @Test
    void withAScannerTheStaffStartPageHasNoWarningAboutIt() throws Exception {
        var staff = new se.bygdeportalen.test.TestStaff(jdbc, encoder).create();
        String page = mvc.perform(get("/admin").with(se.bygdeportalen.test.TestStaff.as(staff)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Start för personal").doesNotContain("uploads-not-scanned");
    }

    @Test
    void aCommittedTransactionKeepsRowAndFile() {
        StoredFile file = new TransactionTemplate(transactions).execute(tx -> storePdf("protokoll.pdf"));

        assertThat(storage.find(file.id())).contains(file);
        assertThat(storage.pathOf(file.id())).exists();
    }

    @Test
    void deleteRemovesTheFileOnlyWhenItsTransactionCommits() {
        StoredFile file = storePdf("utkast.pdf");
        TransactionTemplate tx = new TransactionTemplate(transactions);

        tx.executeWithoutResult(status -> {
            storage.delete(file.id());
            status.setRollbackOnly();
        });
        assertThat(storage.find(file.id())).isPresent();
        assertThat(storage.pathOf(file.id())).exists();

        tx.executeWithoutResult(status -> {
            storage.delete(file.id());
            assertThat(storage.pathOf(file.id())).as("still there until commit").exists();
        });
        assertThat(storage.find(file.id())).isEmpty();
        assertThat(storage.pathOf(file.id())).doesNotExist();

        storage.delete(file.id());
        storage.delete(UUID.randomUUID());
    }

    @Test
    void multipartUploadsAreJudgedByContentNotByTheirClaimedType() {
        MockMultipartFile disguised = new MockMultipartFile(
                "attachment", "bild.png", "image/png", "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> storage.store(disguised, UploadPolicy.IMAGES_AND_PDF_10_MB))
                .isInstanceOfSatisfying(
                        FileRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("files.rejected.type"));

        MockMultipartFile nothingChosen =
                new MockMultipartFile("attachment", "", "application/octet-stream", new byte[0]);
        assertThatThrownBy(() -> storage.store(nothingChosen, UploadPolicy.IMAGES_AND_PDF_10_MB))
                .isInstanceOfSatisfying(
                        FileRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("files.rejected.empty"));

        MockMultipartFile pdf = new MockMultipartFile("attachment", "Förslag.pdf", "text/html", TestFiles.pdf());
        StoredFile file = storage.store(pdf, UploadPolicy.IMAGES_AND_PDF_10_MB);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.originalName()).isEqualTo("Förslag.pdf");
        assertThat(workFiles()).isEmpty();
    }

    @Test
    void theResponseCarriesSafeHeaders() throws IOException {
        StoredFile file = storePdf("Förslag om älvstranden.pdf");

        ResponseEntity<Resource> response = responses.attachment(file);

        HttpHeaders headers = response.getHeaders();
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(headers.getContentType()).hasToString("application/pdf");
        assertThat(headers.getContentLength()).isEqualTo(file.sizeBytes());
        assertThat(headers.getETag()).isEqualTo("\"" + file.sha256() + "\"");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("default-src 'none'; sandbox");
        assertThat(headers.getCacheControl()).isEqualTo("max-age=3600, private");
        assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo(
                        "attachment; filename=\"Forslag om alvstranden.pdf\"; filename*=UTF-8''F%C3%B6rslag%20om%20%C3%A4lvstranden.pdf");
        try (InputStream in = response.getBody().getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(TestFiles.pdf());
        }
        assertThat(responses.inline(file).getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("inline; ");
    }

    @Test
    void servedThroughTheWholeStackTheHeadersStayAsSet() throws Exception {
        StoredFile file = storage.store(
                new ByteArrayInputStream(TestFiles.png(6, 4)), "karta.png", UploadPolicy.IMAGES_AND_PDF_10_MB);
        byte[] content;
        try (InputStream in = storage.open(file)) {
            content = in.readAllBytes();
        }

        mvc.perform(get("/test/stored-files/{id}", file.id()))
                .andExpect(status().isOk())
                .andExpect(content().bytes(content))
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Length", String.valueOf(file.sizeBytes())))
                .andExpect(header().string("Content-Security-Policy", "default-src 'none'; sandbox"))
                .andExpect(header().stringValues("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", "max-age=3600, private"))
                .andExpect(header().string("ETag", file.etag()))
                .andExpect(header().string(
                                "Content-Disposition", "inline; filename=\"karta.png\"; filename*=UTF-8''karta.png"));

        mvc.perform(get("/test/stored-files/{id}", file.id()).header("If-None-Match", file.etag()))
                .andExpect(status().isNotModified());

        mvc.perform(get("/test/stored-files/{id}", file.id()).header("Range", "bytes=0-7"))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Length", "8"))
                .andExpect(content().bytes(Arrays.copyOf(content, 8)));
    }

    /** Stored contents on disk, work files left out. */
    private static long contentFiles() {
        try (Stream<Path> files = Files.walk(DIRECTORY)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getParent().getFileName().toString().equals(".incoming"))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> workFiles() {
        Path work = DIRECTORY.resolve(".incoming");
        if (!Files.isDirectory(work)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(work)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("bygdeportalen-files-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a module's controller does after its own access check. */
    @RestController
    static class ServingController {

        private final FileStorage storage;
        private final FileResponses responses;

        ServingController(FileStorage storage, FileResponses responses) {
            this.storage = storage;
            this.responses = responses;
        }

        @GetMapping("/test/stored-files/{id}")
        ResponseEntity<Resource> serve(@PathVariable UUID id) {
            return storage.find(id)
                    .map(responses::inline)
                    .orElseGet(() -> ResponseEntity.notFound().build());
        }
    }
}
