package se.bygdeportalen.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The renderer makes tagged PDF with an embedded font, and the document builder escapes everything. */
class PdfRendererTest {

    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void headingsAndParagraphsAreTaggedAndTextIsEscaped() throws Exception {
        String xhtml = PdfDocument.start("fit", "Kuittaus <test> & \"quotes\"")
                .heading(1, "Otsikko & <b>ei lihavoitu</b>")
                .paragraph("Rivi yksi\nrivi kaksi", "sv", true)
                .field("Diaarinumero", "KS 2026/17")
                .field("Tyhjä", null)
                .note("Matarenki\u0000")
                .finish();
        assertThat(xhtml).contains("&lt;b&gt;").doesNotContain("\u0000").contains("lang=\"sv\"");
        byte[] pdf = renderer.render(xhtml);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("fit");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Kuittaus <test> & \"quotes\"");
            var root = doc.getDocumentCatalog().getStructureTreeRoot();
            assertThat(root).isNotNull();
            assertThat(structureTypes(root.getKids())).contains("H1", "P");
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("Otsikko & <b>ei lihavoitu</b>")
                    .contains("KS 2026/17")
                    .contains("Matarenki");
        }
    }

    private static java.util.List<String> structureTypes(java.util.List<Object> kids) {
        java.util.List<String> types = new java.util.ArrayList<>();
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement e) {
                types.add(e.getStructureType());
                types.addAll(structureTypes(e.getKids()));
            }
        }
        return types;
    }
}
