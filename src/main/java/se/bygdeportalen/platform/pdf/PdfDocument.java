package se.bygdeportalen.platform.pdf;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds the XHTML of a simple, accessible document: a title, headings, paragraphs, definition
 * lists of label and value, with every text escaped. Text in another language than the document's
 * gets its own {@code lang} attribute, so screen readers switch voice.
 *
 * <pre>{@code
 * byte[] pdf = renderer.render(PdfDocument.start("sv", "Kvitto")
 *         .heading(1, "Kvitto på ditt medborgarförslag").paragraph("Tack!")
 *         .field("Diarienummer", "KS 2026/17").finish());
 * }</pre>
 */
public final class PdfDocument {

    private static final String CSS = """
            @page { size: A4; margin: 22mm 20mm; }
            body { font-family: '%s', sans-serif; font-size: 11pt; line-height: 1.45; color: #111; }
            h1 { font-size: 18pt; font-weight: bold; margin: 0 0 6mm; }
            h2 { font-size: 13pt; font-weight: bold; margin: 6mm 0 2mm; }
            p { margin: 0 0 3mm; }
            .meta { color: #333; font-size: 10pt; }
            dl { margin: 0 0 4mm; }
            dt { font-weight: bold; margin-top: 2mm; }
            dd { margin: 0 0 1mm 0; }
            .text { white-space: pre-wrap; }
            """.formatted(PdfRenderer.FONT_FAMILY);

    private final StringBuilder html = new StringBuilder(4096);
    private boolean inList;

    private PdfDocument(String lang, String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(escape(lang))
                .append("\" xml:lang=\"")
                .append(escape(lang))
                .append("\"><head><meta charset=\"utf-8\"/><title>")
                .append(escape(title))
                .append("</title>")
                .append("<meta name=\"subject\" content=\"")
                .append(escape(title))
                .append("\"/>")
                .append("<style>")
                .append(CSS)
                .append("</style></head><body>");
    }

    /** A document in language {@code lang} (BCP 47, e.g. {@code sv}) with the given title (also the PDF's title). */
    public static PdfDocument start(String lang, String title) {
        return new PdfDocument(Objects.requireNonNull(lang), Objects.requireNonNull(title));
    }

    public PdfDocument heading(int level, String text) {
        closeList();
        int l = Math.max(1, Math.min(3, level));
        html.append("<h")
                .append(l)
                .append('>')
                .append(escape(text))
                .append("</h")
                .append(l)
                .append('>');
        return this;
    }

    public PdfDocument paragraph(String text) {
        return paragraph(text, null, false);
    }

    /** A paragraph; {@code lang} when it is in another language than the document, {@code preserveLines} keeps line breaks. */
    public PdfDocument paragraph(String text, @Nullable String lang, boolean preserveLines) {
        closeList();
        html.append("<p");
        if (lang != null) {
            html.append(" lang=\"")
                    .append(escape(lang))
                    .append("\" xml:lang=\"")
                    .append(escape(lang))
                    .append('"');
        }
        if (preserveLines) {
            html.append(" class=\"text\"");
        }
        html.append('>').append(escape(text)).append("</p>");
        return this;
    }

    /** Small print, e.g. where the document came from. */
    public PdfDocument note(String text) {
        closeList();
        html.append("<p class=\"meta\">").append(escape(text)).append("</p>");
        return this;
    }

    /** A label and its value; consecutive fields form one definition list. */
    public PdfDocument field(String label, @Nullable String value) {
        return field(label, value, null);
    }

    public PdfDocument field(String label, @Nullable String value, @Nullable String valueLang) {
        if (!inList) {
            html.append("<dl>");
            inList = true;
        }
        html.append("<dt>").append(escape(label)).append("</dt><dd");
        if (valueLang != null) {
            html.append(" lang=\"")
                    .append(escape(valueLang))
                    .append("\" xml:lang=\"")
                    .append(escape(valueLang))
                    .append('"');
        }
        html.append('>').append(escape(value == null ? "–" : value)).append("</dd>");
        return this;
    }

    /** The finished XHTML, for {@link PdfRenderer#render}. */
    public String finish() {
        closeList();
        return html + "</body></html>";
    }

    private void closeList() {
        if (inList) {
            html.append("</dl>");
            inList = false;
        }
    }

    /** Escapes text for XHTML content and attributes, dropping characters XML does not allow. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    boolean allowed = c == 0x9
                            || c == 0xA
                            || c == 0xD
                            || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD)
                            || (c >= 0x10000 && c <= 0x10FFFF);
                    if (allowed) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
