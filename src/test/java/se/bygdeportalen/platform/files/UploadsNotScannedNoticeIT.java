package se.bygdeportalen.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.TestStaff;

/**
 * Without a configured scanner (the demo and the tests) uploads still work, and every staff member is
 * told on the start page that they are not scanned.
 */
@IntegrationTest
class UploadsNotScannedNoticeIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    FileStorage storage;

    @Autowired
    VirusScanner scanner;

    @Test
    void uploadsAreStoredUnscanned() {
        assertThat(scanner.scans()).isFalse();
        StoredFile file = storage.store(
                new ByteArrayInputStream(TestFiles.pdf()), "protokoll.pdf", UploadPolicy.IMAGES_AND_PDF_10_MB);
        assertThat(storage.find(file.id())).isPresent();
    }

    @Test
    void theStaffStartPageSaysSoInTheStaffMembersLanguage() throws Exception {
        PortalUser swedish = new TestStaff(jdbc, encoder).create(Lang.SV);
        assertThat(notice(swedish).text()).contains("Uppladdade filer genomsöks inte efter virus");
        // Any staff member, whatever their roles: the one without any sees it too.
        PortalUser english = new TestStaff(jdbc, encoder).create(Lang.EN);
        assertThat(notice(english).text())
                .contains("Uploaded files are not scanned for viruses")
                .contains("bygdeportalen.files.clamd.host");
    }

    private org.jsoup.nodes.Element notice(PortalUser staff) throws Exception {
        String html = mvc.perform(get("/admin").with(TestStaff.as(staff)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#uploads-not-scanned-title")).as(html).hasSize(1);
        return page.selectFirst("[aria-labelledby=uploads-not-scanned-title]");
    }
}
