package se.bygdeportalen.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Every refusal the storage can give has a text in all four languages, with the arguments it needs. */
class FileMessagesTest {

    private static final List<String> LANGUAGES = List.of("sv", "fi", "fit", "en");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    @Test
    void everyRefusalHasATextWithItsArgumentsInEveryLanguage() throws IOException {
        UploadPolicy policy = UploadPolicy.imagesAndPdf(DataSize.ofMegabytes(10));
        List<FileRejectedException> refusals = List.of(
                FileRejectedException.empty(),
                FileRejectedException.tooLarge(policy),
                FileRejectedException.type(policy),
                FileRejectedException.unreadableImage(),
                FileRejectedException.extensionMismatch("png", FileType.PDF),
                FileRejectedException.tooManyPixels(25),
                FileRejectedException.pdfActiveContent(),
                FileRejectedException.pdfEncrypted(),
                FileRejectedException.unreadablePdf(),
                FileRejectedException.busy(),
                FileRejectedException.virus(),
                FileRejectedException.scannerUnavailable(),
                FileRejectedException.tooMany(5));
        for (String lang : LANGUAGES) {
            Map<String, String> bundle = bundle(lang);
            for (FileRejectedException refusal : refusals) {
                String text = bundle.get(refusal.messageKey());
                assertThat(text).as(lang + " " + refusal.messageKey()).isNotBlank();
                assertThat(highestPlaceholder(text))
                        .as(lang + " " + refusal.messageKey())
                        .isEqualTo(refusal.args().length - 1);
            }
        }
    }

    @Test
    void allKeysAreTheModulesOwnAndTheSameInEveryLanguage() throws IOException {
        Map<String, String> swedish = bundle("sv");
        assertThat(swedish.keySet()).allMatch(key -> key.startsWith("files."));
        for (String lang : LANGUAGES) {
            assertThat(bundle(lang).keySet()).as(lang).isEqualTo(swedish.keySet());
        }
    }

    @Test
    void meankieliIsNotFinnish() throws IOException {
        Map<String, String> finnish = bundle("fi");
        bundle("fit").forEach((key, fit) -> {
            if (fit.strip().split("\\s+").length >= 3) {
                assertThat(fit).as(key).isNotEqualTo(finnish.get(key));
            }
        });
    }

    @Test
    void theSizeLimitReadsAsPeopleWriteIt() {
        assertThat(UploadPolicy.IMAGES_AND_PDF_10_MB.maxMegabytes()).isEqualTo("10");
        assertThat(new UploadPolicy(Set.of(FileKind.PDF), 2_621_440).maxMegabytes())
                .isEqualTo("2.5");
        assertThat(UploadPolicy.images(DataSize.ofMegabytes(5)).allowedFormats())
                .isEqualTo("JPEG, PNG");
    }

    private static int highestPlaceholder(String text) {
        int highest = -1;
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            highest = Math.max(highest, Integer.parseInt(m.group(1)));
        }
        return highest;
    }

    private static Map<String, String> bundle(String lang) throws IOException {
        Properties props = new Properties();
        try (InputStream in = FileMessagesTest.class.getResourceAsStream("/messages/files_" + lang + ".properties")) {
            assertThat(in).as("files_" + lang + ".properties").isNotNull();
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> map = new TreeMap<>();
        props.stringPropertyNames().forEach(key -> map.put(key, props.getProperty(key)));
        return map;
    }
}
