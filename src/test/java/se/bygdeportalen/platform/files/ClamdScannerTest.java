package se.bygdeportalen.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The INSTREAM protocol against a small local clamd: chunks, terminator, and every kind of reply. */
class ClamdScannerTest {

    private final FakeClamd clamd = FakeClamd.start();
    private final ClamdScanner scanner = new ClamdScanner("127.0.0.1", clamd.port(), Duration.ofSeconds(10));

    @TempDir
    Path dir;

    @AfterEach
    void stop() throws IOException {
        clamd.close();
    }

    private Path file(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(dir, "scan-", ".bin"), content);
    }

    @Test
    void aCleanFileIsStreamedInChunksAndReportedClean() throws IOException {
        byte[] content = new byte[ClamdScanner.CHUNK * 2 + 1000];
        new Random(1).nextBytes(content);

        assertThat(scanner.scan(file(content))).isEqualTo(new VirusScanner.Clean());

        assertThat(clamd.received()).singleElement().isEqualTo(content);
        assertThat(clamd.chunks()).containsExactly(ClamdScanner.CHUNK, ClamdScanner.CHUNK, 1000);
    }

    @Test
    void theEicarStringIsReportedWithItsSignature() throws IOException {
        byte[] pdf = ("%PDF-1.4\n" + FakeClamd.EICAR + "\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(scanner.scan(file(pdf))).isEqualTo(new VirusScanner.Infected(FakeClamd.SIGNATURE));
    }

    @Test
    void anEmptyFileIsOnlyTheTerminator() throws IOException {
        assertThat(scanner.scan(file(new byte[0]))).isEqualTo(new VirusScanner.Clean());
        assertThat(clamd.chunks()).isEmpty();
    }

    @Test
    void aScannerThatIsDownIsAnError() throws IOException {
        ClamdScanner down = new ClamdScanner("127.0.0.1", FakeClamd.deadPort(), Duration.ofSeconds(2));
        Path upload = file(TestFiles.pdf());
        assertThatThrownBy(() -> down.scan(upload)).isInstanceOf(IOException.class);
    }

    @Test
    void anErrorOrNoReplyIsAnErrorNeverClean() throws IOException {
        Path upload = file(TestFiles.pdf());
        clamd.mode(FakeClamd.Mode.ERROR);
        assertThatThrownBy(() -> scanner.scan(upload))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("ERROR");
        clamd.mode(FakeClamd.Mode.SILENT);
        assertThatThrownBy(() -> scanner.scan(upload))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no reply");
    }

    @Test
    void repliesAreReadUpToTheirNul() throws IOException {
        assertThat(ClamdScanner.reply(
                        new ByteArrayInputStream("stream: OK\0trailing".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("stream: OK");
        assertThat(ClamdScanner.verdict("stream: Win.Test.EICAR_HDB-1 FOUND"))
                .isEqualTo(new VirusScanner.Infected("Win.Test.EICAR_HDB-1"));
        assertThatThrownBy(() -> ClamdScanner.verdict("stream:  FOUND")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ClamdScanner.verdict("PONG")).isInstanceOf(IOException.class);
    }
}
