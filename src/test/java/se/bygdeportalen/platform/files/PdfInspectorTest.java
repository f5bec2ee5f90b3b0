package se.bygdeportalen.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The byte scan that keeps scripts, actions and embedded files out of stored PDFs. */
class PdfInspectorTest {

    private static PdfInspector.Verdict inspect(String pdf) {
        return PdfInspector.inspect(pdf.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void anOrdinaryDocumentIsClean() {
        assertThat(PdfInspector.inspect(TestFiles.pdf("/Outlines 5 0 R /PageMode /UseOutlines")))
                .isEqualTo(PdfInspector.Verdict.CLEAN);
        assertThat(PdfInspector.inspect(
                        TestFiles.pdf("/OpenAction [3 0 R /Fit] /URI << /Base (https://www.overtornea.se) >>")))
                .isEqualTo(PdfInspector.Verdict.CLEAN);
    }

    @Test
    void namesAreComparedWholeSoSimilarNamesPass() {
        assertThat(inspect("%PDF-1.4\n<< /JSFont 1 0 R /JavaScripts 2 0 R /Launcher 3 >>"))
                .isEqualTo(PdfInspector.Verdict.CLEAN);
        assertThat(inspect("%PDF-1.4\n<</S/JS>>")).isEqualTo(PdfInspector.Verdict.ACTIVE_CONTENT);
        assertThat(inspect("%PDF-1.4\n<</S/JavaScript(x)>>")).isEqualTo(PdfInspector.Verdict.ACTIVE_CONTENT);
        assertThat(inspect("%PDF-1.4\n<</Type/EmbeddedFile>>")).isEqualTo(PdfInspector.Verdict.ACTIVE_CONTENT);
        assertThat(inspect("%PDF-1.4\n<</S/SubmitForm/F(https://example.org)>>"))
                .isEqualTo(PdfInspector.Verdict.ACTIVE_CONTENT);
    }

    @Test
    void hexEscapedNamesAreDecoded() {
        assertThat(PdfInspector.decodeName("J#61vaScript".getBytes(StandardCharsets.US_ASCII), 0, 12))
                .isEqualTo("JavaScript");
        assertThat(inspect("%PDF-1.4\n<< /S /#4A#53 >>")).isEqualTo(PdfInspector.Verdict.ACTIVE_CONTENT);
    }

    @Test
    void compressedObjectStreamsAreReadToo() {
        assertThat(PdfInspector.inspect(TestFiles.pdfWithObjectStream("<< /S /Launch /F (calc.exe) >>")))
                .isEqualTo(PdfInspector.Verdict.ACTIVE_CONTENT);
        assertThat(PdfInspector.inspect(TestFiles.pdfWithObjectStream("<< /S /GoTo /D [3 0 R /Fit] >>")))
                .isEqualTo(PdfInspector.Verdict.CLEAN);
    }

    @Test
    void anObjectStreamThatCannotBeReadIsNotTrusted() {
        String pdf =
                "%PDF-1.7\n5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /ASCIIHexDecode >>\nstream\n34203020\nendstream\nendobj\n";
        assertThat(inspect(pdf)).isEqualTo(PdfInspector.Verdict.ACTIVE_CONTENT);
    }

    @Test
    void encryptionIsReported() {
        assertThat(inspect("%PDF-1.4\ntrailer << /Root 1 0 R /Encrypt 5 0 R >>"))
                .isEqualTo(PdfInspector.Verdict.ENCRYPTED);
    }
}
