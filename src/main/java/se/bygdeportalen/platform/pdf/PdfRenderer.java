package se.bygdeportalen.platform.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Renders well-formed XHTML to a tagged PDF that meets PDF/UA: the structure (headings, paragraphs,
 * lists, tables) is tagged, the document has a title and a language, and the font is embedded.
 * Use {@link PdfDocument} to build the XHTML safely; the font family to use in CSS is {@link #FONT_FAMILY}.
 *
 * <p>Rendering a one-page receipt takes some tens of milliseconds; it runs in the request.
 */
@Component
public class PdfRenderer {

    /** The embedded font family: DejaVu Sans, regular and bold (Bitstream Vera licence, see fonts/DejaVu-LICENSE.txt). */
    public static final String FONT_FAMILY = "DejaVu Sans";

    static {
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new Slf4jPdfLog());
    }

    /**
     * @param xhtml a complete XHTML document with {@code <html lang>}, a {@code <title>}, and CSS that
     *              uses {@link #FONT_FAMILY}
     * @return the PDF bytes
     */
    public byte[] render(String xhtml) {
        Objects.requireNonNull(xhtml, "xhtml");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessbility(true);
            builder.useFont(
                    () -> font("fonts/DejaVuSans.ttf"), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(
                    () -> font("fonts/DejaVuSans-Bold.ttf"),
                    FONT_FAMILY,
                    700,
                    BaseRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render a PDF", e);
        }
    }

    private static InputStream font(String path) {
        InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Font missing from the classpath: " + path);
        }
        return in;
    }
}
