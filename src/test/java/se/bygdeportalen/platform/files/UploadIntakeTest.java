package se.bygdeportalen.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.jpeg.JpegCommentDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

/** The checks every upload passes, without a database: type, size, PDF content, picture cleaning. */
class UploadIntakeTest {

    private static final UploadPolicy ATTACHMENTS = UploadPolicy.IMAGES_AND_PDF_10_MB;
    private static final long TEN_MB = 10L * 1024 * 1024;

    @TempDir
    Path work;

    private final UploadIntake intake = new UploadIntake(new ImageSanitizer(), VirusScanner.NONE);

    private UploadIntake.Accepted accepted;

    @AfterEach
    void workDirectoryHoldsOnlyTheAcceptedFile() throws IOException {
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files.toList())
                    .containsExactlyElementsOf(accepted == null ? List.of() : List.of(accepted.file()));
        }
    }

    private UploadIntake.Accepted receive(byte[] content, String name, UploadPolicy policy) throws IOException {
        accepted = intake.receive(new ByteArrayInputStream(content), name, policy, work);
        return accepted;
    }

    private static FileRejectedException rejection(ThrowingRunnable action) {
        try {
            action.run();
        } catch (FileRejectedException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("Expected a FileRejectedException, got " + e, e);
        }
        throw new AssertionError("Expected the upload to be refused");
    }

    /** An upload attempt that may throw. */
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    // ---- type from content

    @Test
    void acceptsJpegPngAndPdfByTheirContent() throws IOException {
        assertThat(receive(TestFiles.jpeg(8, 6), "foto.jpg", ATTACHMENTS).type())
                .isEqualTo(FileType.JPEG);
        Files.delete(accepted.file());
        assertThat(receive(TestFiles.png(8, 6), "karta.png", ATTACHMENTS).type())
                .isEqualTo(FileType.PNG);
        Files.delete(accepted.file());
        assertThat(receive(TestFiles.pdf(), "protokoll.pdf", ATTACHMENTS).type())
                .isEqualTo(FileType.PDF);
    }

    @Test
    void aJpegNamedPdfIsRefusedWhereOnlyPdfIsAllowed() {
        FileRejectedException e = rejection(
                () -> receive(TestFiles.jpeg(8, 6), "protokoll.pdf", UploadPolicy.pdf(DataSize.ofMegabytes(10))));
        assertThat(e.messageKey()).isEqualTo("files.rejected.type");
        assertThat(e.args()).containsExactly("PDF");
        assertThat(e.getStatusCode().value()).isEqualTo(415);
    }

    @Test
    void aJpegNamedPdfIsRefusedNotRenamed() {
        FileRejectedException e = rejection(() -> receive(TestFiles.jpeg(8, 6), "semester.pdf", ATTACHMENTS));
        assertThat(e.messageKey()).isEqualTo("files.rejected.extensionMismatch");
        assertThat(e.args()).containsExactly("pdf", "JPEG", "jpg");
        assertThat(e.getStatusCode().value()).isEqualTo(422);
    }

    @Test
    void aPdfNamedPngIsRefusedNotStoredAsPngPdf() {
        FileRejectedException e = rejection(() -> receive(TestFiles.pdf(), "karta.png", ATTACHMENTS));
        assertThat(e.messageKey()).isEqualTo("files.rejected.extensionMismatch");
        assertThat(e.args()).containsExactly("png", "PDF", "pdf");
    }

    @Test
    void theExtensionIsCheckedBeforeTheRestIsRead() {
        CountingStream endless = new CountingStream(TestFiles.pdf(), Long.MAX_VALUE);
        FileRejectedException e = rejection(() -> accepted = intake.receive(endless, "karta.png", ATTACHMENTS, work));
        assertThat(e.messageKey()).isEqualTo("files.rejected.extensionMismatch");
        assertThat(endless.read).isLessThanOrEqualTo(TypeDetector.HEAD_BYTES);
    }

    @Test
    void aNameWithoutAnExtensionGetsTheOneOfItsContent() throws IOException {
        assertThat(receive(TestFiles.pdf(), "Protokoll", ATTACHMENTS).name()).isEqualTo("Protokoll.pdf");
    }

    @Test
    void aTextFileNamedJpgIsRefused() {
        FileRejectedException e = rejection(() ->
                receive("Hej! Det här är ingen bild.\n".getBytes(StandardCharsets.UTF_8), "bild.jpg", ATTACHMENTS));
        assertThat(e.messageKey()).isEqualTo("files.rejected.type");
        assertThat(e.args()).containsExactly("JPEG, PNG, PDF");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
                "RIFF\u0024\u0000\u0000\u0000WEBPVP8 \u0018\u0000\u0000\u0000",
                "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;",
                "PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000",
                "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000"
            })
    void otherFormatsAreRefusedWhateverTheirName(String content) {
        FileRejectedException e =
                rejection(() -> receive(content.getBytes(StandardCharsets.ISO_8859_1), "bild.png", ATTACHMENTS));
        assertThat(e.messageKey()).isEqualTo("files.rejected.type");
    }

    @Test
    void aPdfSignatureAfterOtherBytesIsRefused() {
        byte[] content = ("<html>" + new String(TestFiles.pdf(), StandardCharsets.ISO_8859_1))
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(rejection(() -> receive(content, "a.pdf", ATTACHMENTS)).messageKey())
                .isEqualTo("files.rejected.type");
    }

    @Test
    void anEmptyFileIsRefused() {
        FileRejectedException e = rejection(() -> receive(new byte[0], "tom.pdf", ATTACHMENTS));
        assertThat(e.messageKey()).isEqualTo("files.rejected.empty");
    }

    // ---- size, counted while streaming

    @Test
    void oneByteOverTenMegabytesIsRefusedWithoutReadingTheRest() {
        CountingStream endless = new CountingStream(TestFiles.pdf(), Long.MAX_VALUE);
        FileRejectedException e = rejection(() -> accepted = intake.receive(endless, "stor.pdf", ATTACHMENTS, work));
        assertThat(e.messageKey()).isEqualTo("files.rejected.tooLarge");
        assertThat(e.args()).containsExactly("10");
        assertThat(e.getStatusCode().value()).isEqualTo(413);
        assertThat(endless.read).isEqualTo(TEN_MB + 1);
    }

    @Test
    void exactlyTenMegabytesIsAccepted() throws IOException {
        CountingStream exact = new CountingStream(TestFiles.pdf(), TEN_MB);
        accepted = intake.receive(exact, "precis.pdf", ATTACHMENTS, work);
        assertThat(accepted.sizeBytes()).isEqualTo(TEN_MB);
        assertThat(Files.size(accepted.file())).isEqualTo(TEN_MB);
    }

    @Test
    void aWrongTypeIsRefusedAfterTheFirstBytes() {
        CountingStream endless =
                new CountingStream("text ".repeat(100).getBytes(StandardCharsets.US_ASCII), Long.MAX_VALUE);
        FileRejectedException e = rejection(() -> accepted = intake.receive(endless, "film.jpg", ATTACHMENTS, work));
        assertThat(e.messageKey()).isEqualTo("files.rejected.type");
        assertThat(endless.read).isLessThanOrEqualTo(TypeDetector.HEAD_BYTES);
    }

    // ---- PDF

    @Test
    void aCleanPdfIsStoredByteForByte() throws IOException {
        byte[] pdf = TestFiles.pdf();
        UploadIntake.Accepted file = receive(pdf, "Protokoll KS 2026-03-12.pdf", ATTACHMENTS);
        assertThat(Files.readAllBytes(file.file())).isEqualTo(pdf);
        assertThat(file.sha256()).isEqualTo(HexFormat.of().formatHex(sha256(pdf)));
        assertThat(file.width()).isNull();
        assertThat(file.name()).isEqualTo("Protokoll KS 2026-03-12.pdf");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/OpenAction << /S /JavaScript /JS (app.alert(1)) >>",
                "/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >>",
                "/OpenAction << /S /Launch /F (cmd.exe) >>",
                "/Names << /EmbeddedFiles << /Names [(a.exe) 9 0 R] >> >>",
                "/AcroForm << /XFA 9 0 R >>"
            })
    void aPdfWithScriptsActionsOrEmbeddedFilesIsRefused(String catalogEntry) {
        FileRejectedException e = rejection(() -> receive(TestFiles.pdf(catalogEntry), "faktura.pdf", ATTACHMENTS));
        assertThat(e.messageKey()).isEqualTo("files.rejected.pdfActiveContent");
    }

    @Test
    void javaScriptHiddenInACompressedObjectStreamIsFound() {
        byte[] pdf = TestFiles.pdfWithObjectStream("<< /S /JavaScript /JS (app.alert(1)) >>");
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain("JavaScript");
        assertThat(rejection(() -> receive(pdf, "a.pdf", ATTACHMENTS)).messageKey())
                .isEqualTo("files.rejected.pdfActiveContent");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "%PDF-1.4\n%%EOF\n",
                "%PDF-1.7\nThis is a letter that only starts like a PDF.\n",
                "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
            })
    void aFileThatOnlyStartsLikeAPdfIsRefused(String content) {
        FileRejectedException e =
                rejection(() -> receive(content.getBytes(StandardCharsets.ISO_8859_1), "brev.pdf", ATTACHMENTS));
        assertThat(e.messageKey()).isEqualTo("files.rejected.unreadablePdf");
        assertThat(e.getStatusCode().value()).isEqualTo(422);
    }

    @Test
    void aPdfWithoutPagesIsRefused() {
        String empty = new String(TestFiles.pdf(), StandardCharsets.ISO_8859_1)
                .replace("/Kids [3 0 R] /Count 1", "/Kids [] /Count 0");
        assertThat(rejection(() -> receive(empty.getBytes(StandardCharsets.ISO_8859_1), "tom.pdf", ATTACHMENTS))
                        .messageKey())
                .isEqualTo("files.rejected.unreadablePdf");
    }

    @Test
    void anEncryptedPdfIsRefused() {
        FileRejectedException e = rejection(() -> receive(TestFiles.pdf("/Encrypt 9 0 R"), "hemlig.pdf", ATTACHMENTS));
        assertThat(e.messageKey()).isEqualTo("files.rejected.pdfEncrypted");
    }

    // ---- virus scan

    @Test
    void aCleanFileIsScannedAsReceivedAndAccepted() throws IOException {
        try (FakeClamd clamd = FakeClamd.start()) {
            UploadIntake scanning = new UploadIntake(new ImageSanitizer(), clamd(clamd.port()));
            byte[] photo = TestFiles.withSegments(TestFiles.jpeg(8, 6), TestFiles.exif(1));
            accepted = scanning.receive(new ByteArrayInputStream(photo), "foto.jpg", ATTACHMENTS, work);
            // The scanner saw the upload as it arrived, before the picture was re-encoded.
            assertThat(clamd.received()).singleElement().isEqualTo(photo);
        }
    }

    @Test
    void eicarInAPdfIsRefusedAndNothingIsLeft() throws IOException {
        byte[] pdf = ("%PDF-1.4\n" + FakeClamd.EICAR + "\n").getBytes(StandardCharsets.ISO_8859_1);
        try (FakeClamd clamd = FakeClamd.start()) {
            UploadIntake scanning = new UploadIntake(new ImageSanitizer(), clamd(clamd.port()));
            FileRejectedException e =
                    rejection(() -> scanning.receive(new ByteArrayInputStream(pdf), "eicar.pdf", ATTACHMENTS, work));
            assertThat(e.messageKey()).isEqualTo("files.rejected.virus");
            assertThat(e.getStatusCode().value()).isEqualTo(422);
        }
    }

    @Test
    void whenTheScannerIsDownTheUploadIsRefusedNotStoredUnscanned() throws IOException {
        UploadIntake scanning = new UploadIntake(new ImageSanitizer(), clamd(FakeClamd.deadPort()));
        FileRejectedException e = rejection(
                () -> scanning.receive(new ByteArrayInputStream(TestFiles.pdf()), "protokoll.pdf", ATTACHMENTS, work));
        assertThat(e.messageKey()).isEqualTo("files.rejected.scannerUnavailable");
        assertThat(e.getStatusCode().value()).isEqualTo(503);
    }

    private static VirusScanner clamd(int port) {
        return new ClamdScanner("127.0.0.1", port, Duration.ofSeconds(10));
    }

    // ---- pictures

    @Test
    void everyTraceOfExifGpsXmpAndCommentsIsGoneFromAJpeg() throws Exception {
        byte[] photo = TestFiles.withSegments(
                TestFiles.jpeg(40, 30), TestFiles.exif(1), TestFiles.xmp(), TestFiles.comment("Hemma hos Anna"));
        Metadata before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo));
        assertThat(before.getFirstDirectoryOfType(GpsDirectory.class)
                        .getGeoLocation()
                        .getLatitude())
                .isBetween(66.3, 66.4);
        assertThat(before.containsDirectoryOfType(XmpDirectory.class)).isTrue();
        assertThat(before.containsDirectoryOfType(JpegCommentDirectory.class)).isTrue();

        UploadIntake.Accepted file = receive(photo, "IMG_0001.JPG", ATTACHMENTS);

        byte[] stored = Files.readAllBytes(file.file());
        Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored));
        assertThat(after.containsDirectoryOfType(GpsDirectory.class)).isFalse();
        assertThat(after.containsDirectoryOfType(ExifIFD0Directory.class)).isFalse();
        assertThat(after.containsDirectoryOfType(ExifSubIFDDirectory.class)).isFalse();
        assertThat(after.containsDirectoryOfType(XmpDirectory.class)).isFalse();
        assertThat(after.containsDirectoryOfType(JpegCommentDirectory.class)).isFalse();
        String raw = new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("Exif", "PhoneCo", "GPS", "Hemma", "xmpmeta");
        assertThat(file.type()).isEqualTo(FileType.JPEG);
        assertThat(file.name()).isEqualTo("IMG_0001.jpg");
        assertThat(ImageIO.read(file.file().toFile()))
                .extracting(BufferedImage::getWidth, BufferedImage::getHeight)
                .containsExactly(40, 30);
        assertThat(file.sha256()).isEqualTo(HexFormat.of().formatHex(sha256(stored)));
    }

    @Test
    void textAndExifChunksAreGoneFromAPng() throws IOException {
        byte[] png = TestFiles.withPngChunks(
                TestFiles.png(20, 10),
                TestFiles.pngChunk("tEXt", "Comment\0Hemma hos Anna".getBytes(StandardCharsets.ISO_8859_1)),
                TestFiles.pngChunk("eXIf", Arrays.copyOfRange(TestFiles.exif(1), 10, TestFiles.exif(1).length)));
        assertThat(TestFiles.pngChunkTypes(png)).contains("tEXt", "eXIf");

        UploadIntake.Accepted file = receive(png, "karta.png", ATTACHMENTS);

        byte[] stored = Files.readAllBytes(file.file());
        assertThat(TestFiles.pngChunkTypes(stored))
                .doesNotContain("tEXt", "zTXt", "iTXt", "eXIf", "tIME")
                .contains("IHDR", "IDAT", "IEND");
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Hemma", "PhoneCo");
        assertThat(file.width()).isEqualTo(20);
    }

    @Test
    void aPhoneJpegWithOrientationSixIsTurnedUpright() throws Exception {
        // Stored sideways, 40 wide and 20 high, left half red: upright it is 20 wide and 40 high, red on top.
        byte[] photo = TestFiles.withSegments(TestFiles.jpeg(40, 20), TestFiles.exif(6));

        UploadIntake.Accepted file = receive(photo, "IMG_0002.jpg", ATTACHMENTS);

        assertThat(file.width()).isEqualTo(20);
        assertThat(file.height()).isEqualTo(40);
        BufferedImage upright = ImageIO.read(file.file().toFile());
        assertThat(upright.getWidth()).isEqualTo(20);
        assertThat(upright.getHeight()).isEqualTo(40);
        assertThat(isReddish(upright.getRGB(10, 5))).isTrue();
        assertThat(isReddish(upright.getRGB(10, 35))).isFalse();
        // Orientation is applied once: the stored file says nothing more about it.
        assertThat(ImageSanitizer.orientation(file.file())).isEqualTo(1);
    }

    @Test
    void aFourChannelCmykJpegIsStoredAsAnOrdinaryRgbJpeg() throws IOException {
        // Print shops and some scanners write CMYK; the JDK's own decoder refuses it, TwelveMonkeys reads it.
        WritableRaster cmyk = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 16, 8, 4, null);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 16; x++) {
                cmyk.setPixel(x, y, x < 8 ? new int[] {255, 0, 0, 255} : new int[] {0, 0, 255, 255});
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(cmyk, null, null), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }

        UploadIntake.Accepted file = receive(out.toByteArray(), "tryck.jpg", ATTACHMENTS);

        BufferedImage stored = ImageIO.read(file.file().toFile());
        assertThat(stored.getColorModel().getNumComponents()).isEqualTo(3);
        assertThat(stored.getWidth()).isEqualTo(16);
    }

    @Test
    void aPngClaimingFourHundredMegapixelsIsRefusedBeforeDecoding() {
        byte[] bomb = TestFiles.withPngSize(TestFiles.png(10, 10), 20_000, 20_000);
        FileRejectedException e = rejection(() -> receive(bomb, "bomb.png", ATTACHMENTS));
        assertThat(e.messageKey()).isEqualTo("files.rejected.tooManyPixels");
        assertThat(e.args()).containsExactly(200L);
    }

    @Test
    void theSubsamplingKeepsEveryDecodeWithinTheBudget() throws IOException {
        // 12 MP at 3 bytes (a phone photo) decodes whole; 48 MP is read at every second pixel (12 MP);
        // a 16-bit RGBA picture (8 bytes a pixel, 128 MB whole) of 16 MP at every second (32 MB).
        assertThat(subsampling(TestFiles.plainPng(4_000, 3_000))).isEqualTo(1);
        assertThat(subsampling(TestFiles.plainPng(8_000, 6_000))).isEqualTo(2);
        assertThat(subsampling(
                        TestFiles.withPngSize(TestFiles.withPngFormat(TestFiles.png(10, 10), 16, 6), 4_000, 4_000)))
                .isEqualTo(2);
    }

    private static int subsampling(byte[] png) throws IOException {
        javax.imageio.ImageReader reader =
                javax.imageio.ImageIO.getImageReadersByFormatName("png").next();
        try (javax.imageio.stream.ImageInputStream in =
                javax.imageio.ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            reader.setInput(in, true, true);
            return ImageSanitizer.subsampling(reader);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void sixFortyMegapixelPngsAtOnceAreStoredSubsampledOneAfterAnother(@org.junit.jupiter.api.io.TempDir Path elsewhere)
            throws Exception {
        // A real 8000 × 5000 picture (a 120 MB raster if decoded whole), 150 kB as a PNG.
        byte[] png = TestFiles.plainPng(8_000, 5_000);
        List<UploadIntake.Accepted> stored = new ArrayList<>();
        try (ExecutorService uploads = Executors.newFixedThreadPool(6)) {
            List<Future<UploadIntake.Accepted>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(uploads.submit(
                        () -> intake.receive(new ByteArrayInputStream(png), "stor.png", ATTACHMENTS, elsewhere)));
            }
            for (Future<UploadIntake.Accepted> result : results) {
                stored.add(result.get());
            }
        }
        // Every second pixel: 4000 × 2500 at 3 bytes is 30 MB, within the 48 MB budget.
        assertThat(stored).hasSize(6).allSatisfy(upload -> {
            assertThat(upload.width()).isEqualTo(4_000);
            assertThat(upload.height()).isEqualTo(2_500);
        });
    }

    @Test
    void whenTheDecoderIsBusyAnUploadWaitsThenIsRefusedAsBusy() throws IOException {
        Semaphore decoders = new Semaphore(ImageSanitizer.CONCURRENT_DECODES);
        UploadIntake twoAtATime =
                new UploadIntake(new ImageSanitizer(decoders, Duration.ofMillis(20)), VirusScanner.NONE);
        // An upload is being decoded.
        decoders.acquireUninterruptibly(ImageSanitizer.CONCURRENT_DECODES);
        FileRejectedException e = rejection(() ->
                twoAtATime.receive(new ByteArrayInputStream(TestFiles.png(8, 6)), "karta.png", ATTACHMENTS, work));
        assertThat(e.messageKey()).isEqualTo("files.rejected.busy");
        assertThat(e.getStatusCode().value()).isEqualTo(503);
        // It is done: the next upload is decoded, and gives its turn back.
        decoders.release();
        accepted = twoAtATime.receive(new ByteArrayInputStream(TestFiles.png(8, 6)), "karta.png", ATTACHMENTS, work);
        assertThat(accepted.width()).isEqualTo(8);
        assertThat(decoders.availablePermits()).isOne();
    }

    @Test
    void aJpegClaimingFourHundredMegapixelsIsRefusedBeforeDecoding() {
        byte[] bomb = TestFiles.withJpegSize(TestFiles.jpeg(16, 16), 20_000, 20_000);
        assertThat(rejection(() -> receive(bomb, "bomb.jpg", ATTACHMENTS)).messageKey())
                .isEqualTo("files.rejected.tooManyPixels");
    }

    @Test
    void aBrokenPictureIsRefusedAsUnreadable() {
        // A JPEG signature and then nothing a decoder can use.
        byte[] broken = Arrays.copyOf(
                new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0}, 64);
        FileRejectedException e = rejection(() -> receive(broken, "trasig.jpg", ATTACHMENTS));
        assertThat(e.messageKey()).isEqualTo("files.rejected.unreadableImage");
        assertThat(e.getStatusCode().value()).isEqualTo(422);
    }

    private static boolean isReddish(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int b = rgb & 0xff;
        return r > 200 && b < 60;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A prefix followed by spaces up to a total length, counting what was read. */
    static final class CountingStream extends InputStream {

        private final byte[] prefix;
        private final long length;
        long read;

        CountingStream(byte[] prefix, long length) {
            this.prefix = prefix;
            this.length = length;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            int b = read < prefix.length ? prefix[(int) read] & 0xff : ' ';
            read++;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - read);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = read < prefix.length ? prefix[(int) read] : (byte) ' ';
                read++;
            }
            return n;
        }
    }
}
