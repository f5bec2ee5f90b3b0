package se.bygdeportalen.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Uploaders' file names are shown and offered for download, so they are cleaned first. */
class FileNamesTest {

    @Test
    void keepsOnlyTheLastPathSegment() {
        assertThat(FileNames.sanitize("C:\\Users\\anna\\Skrivbord\\förslag.pdf", FileType.PDF))
                .isEqualTo("förslag.pdf");
        assertThat(FileNames.sanitize("../../etc/passwd", FileType.PDF)).isEqualTo("passwd.pdf");
        assertThat(FileNames.sanitize("/var/www/", FileType.PDF)).isEqualTo("file.pdf");
    }

    @Test
    void dropsControlAndInvisibleCharacters() {
        assertThat(FileNames.sanitize("rapport\u0000\r\n\t.pdf", FileType.PDF)).isEqualTo("rapport.pdf");
        // A right-to-left override would show "faktura\u202Egpj.exe" as "fakturaexe.jpg"; without it, it ends in .exe.
        assertThatThrownBy(() -> FileNames.sanitize("faktura\u202Egpj.exe", FileType.JPEG))
                .isInstanceOfSatisfying(
                        FileRejectedException.class, e -> assertThat(e.args()).containsExactly("exe", "JPEG", "jpg"));
        assertThat(FileNames.sanitize("zero\u200Bwidth.png", FileType.PNG)).isEqualTo("zerowidth.png");
    }

    @Test
    void replacesCharactersThatBreakFileNamesAndTrimsDotsAndSpaces() {
        assertThat(FileNames.sanitize("  ..a<b>c:d\"e|f?g*h.pdf. ", FileType.PDF))
                .isEqualTo("a_b_c_d_e_f_g_h.pdf");
        assertThat(FileNames.sanitize(".htaccess", FileType.PDF)).isEqualTo("htaccess.pdf");
        assertThat(FileNames.sanitize("två   mellanslag.pdf", FileType.PDF)).isEqualTo("två mellanslag.pdf");
    }

    @Test
    void theExtensionMatchesTheContentOrIsAddedWhenThereIsNone() {
        assertThat(FileNames.sanitize("IMG_0001.JPEG", FileType.JPEG)).isEqualTo("IMG_0001.jpeg");
        assertThat(FileNames.sanitize("Protokoll 2026.03.12", FileType.PDF)).isEqualTo("Protokoll 2026.03.12.pdf");
        assertThat(FileNames.sanitize("Budget v1.2", FileType.PDF)).isEqualTo("Budget v1.2.pdf");
        assertThat(FileNames.sanitize("Möte 12.3 protokoll", FileType.PDF)).isEqualTo("Möte 12.3 protokoll.pdf");
        assertThat(FileNames.sanitize(null, FileType.PNG)).isEqualTo("file.png");
        assertThat(FileNames.sanitize(".png", FileType.PNG)).isEqualTo("file.png");
        assertThat(FileNames.sanitize(".exe", FileType.PNG)).isEqualTo("exe.png");
    }

    @Test
    void anExtensionThatNamesAnotherFormatIsRefusedNeverRenamed() {
        for (String name : new String[] {"bild.pdf", "karta.PNG.pdf", "sida.html", "brev.docx", "x.svg"}) {
            assertThatThrownBy(() -> FileNames.sanitize(name, FileType.JPEG))
                    .as(name)
                    .isInstanceOfSatisfying(FileRejectedException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo(FileRejectedException.EXTENSION_MISMATCH);
                        assertThat(e.getStatusCode().value()).isEqualTo(422);
                    });
        }
    }

    @Test
    void composesToNfcAndKeepsAtMostTwoHundredCodePointsWithTheExtension() {
        assertThat(FileNames.sanitize("O\u0308vertornea\u030a.pdf", FileType.PDF))
                .isEqualTo("Övertorneå.pdf");
        String longName = "ä".repeat(300) + ".pdf";
        String clean = FileNames.sanitize(longName, FileType.PDF);
        assertThat(clean.codePointCount(0, clean.length())).isEqualTo(200);
        assertThat(clean).endsWith("ä.pdf");
        String emoji = "\uD83D\uDCC4".repeat(250) + ".pdf";
        String cleanEmoji = FileNames.sanitize(emoji, FileType.PDF);
        assertThat(cleanEmoji.codePointCount(0, cleanEmoji.length())).isEqualTo(200);
        assertThat(cleanEmoji).endsWith("\uD83D\uDCC4.pdf");
    }

    @Test
    void contentDispositionCarriesAnAsciiFallbackAndTheExactUtf8Name() {
        assertThat(FileNames.contentDisposition(false, "Förslag om älvstranden.pdf"))
                .isEqualTo(
                        "attachment; filename=\"Forslag om alvstranden.pdf\"; filename*=UTF-8''F%C3%B6rslag%20om%20%C3%A4lvstranden.pdf");
        assertThat(FileNames.contentDisposition(true, "a\"b\\c%d;e.png"))
                .isEqualTo("inline; filename=\"a_b_c_d;e.png\"; filename*=UTF-8''a%22b%5Cc%25d%3Be.png");
        assertThat(FileNames.contentDisposition(false, "Мапа.pdf")).startsWith("attachment; filename=\"____.pdf\"");
    }
}
