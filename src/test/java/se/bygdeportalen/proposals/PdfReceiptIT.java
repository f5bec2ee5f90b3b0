package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.proposals.internal.Proposal;
import se.bygdeportalen.proposals.internal.ProposalReceipt;
import se.bygdeportalen.proposals.internal.ProposalRepository;
import se.bygdeportalen.proposals.internal.SaveProposalDraft;
import se.bygdeportalen.proposals.internal.SubmitProposal;
import se.bygdeportalen.test.IntegrationTest;

/** The receipt PDF: tagged (PDF/UA), titled, in the proposal's language, font embedded, no personal identity number. */
@IntegrationTest
class PdfReceiptIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SaveProposalDraft save;

    @Autowired
    SubmitProposal submit;

    @Autowired
    ProposalRepository repository;

    @Autowired
    ProposalReceipt receipt;

    PortalUser resident;

    @BeforeEach
    void setUp() {
        ProposalFixtures.organisation(jdbc);
        resident = ProposalFixtures.resident(jdbc);
    }

    @Test
    void taggedAccessibleAndComplete() throws Exception {
        long id = ProposalFixtures.submitted(save, submit, resident, "Ny badbrygga i Juoksengi " + System.nanoTime());
        Proposal p = repository.byId(id).orElseThrow();
        byte[] bytes = receipt.pdf(p, List.of());
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Kvitto på medborgarförslag " + p.caseNumber());
            assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle())
                    .isTrue();
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVu");
                }
            }
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains(p.caseNumber())
                    .contains(p.title())
                    .contains("Bygg ett vindskydd")
                    .contains(resident.displayName())
                    .contains("Visas aldrig");
        }
    }
}
