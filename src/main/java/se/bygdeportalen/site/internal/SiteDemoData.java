package se.bygdeportalen.site.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.demo.DemoContext;
import se.bygdeportalen.platform.demo.DemoData;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.TranslatableText;

/**
 * A statement as a municipality would start it: partially compliant, one known problem with older
 * PDF documents, and the legal exemption for broadcasts published before 23 September 2020.
 */
@Component
class SiteDemoData implements DemoData {

    private final AccessibilityRepository repository;

    SiteDemoData(AccessibilityRepository repository) {
        this.repository = repository;
    }

    @Override
    public String module() {
        return "site";
    }

    @Override
    public void load(DemoContext context) {
        LocalDate today = LocalDate.now(context.clock().withZone(DateFormats.ZONE));
        repository.addIssue(
                TranslatableText.of(
                        "Protokoll och andra PDF-dokument som publicerades före 2019 saknar struktur (taggar) och kan vara svåra att läsa med skärmläsare.",
                        "Ennen vuotta 2019 julkaistuista pöytäkirjoista ja muista PDF-asiakirjoista puuttuu rakenne (tagit), joten niitä voi olla vaikea lukea ruudunlukijalla.",
                        "Protokollit ja muut PDF-fiilit, jokka annethiin ulos ennen vuotta 2019, oon ilman rakennetta (tagia), ja niitä saattaa olla vaikea lukea ruudunlukijala.",
                        "Minutes and other PDF documents published before 2019 lack structure (tags) and can be hard to read with a screen reader."),
                "1.3.1, 2.4.2, 4.1.2",
                today.plusMonths(6));
        repository.update(
                AccessibilityStatement.Compliance.PARTIAL,
                AccessibilityStatement.Method.SELF_ASSESSMENT,
                today,
                today,
                "kommun@overtornea.se",
                null,
                TranslatableText.of(
                        "Inspelade sändningar från kommunfullmäktige som publicerades före den 23 september 2020 omfattas inte av lagen (9 § lagen om tillgänglighet till digital offentlig service) och är inte textade.",
                        "Kunnanvaltuuston tallennetut lähetykset, jotka on julkaistu ennen 23. syyskuuta 2020, eivät kuulu lain piiriin (digitaalisen julkisen palvelun saavutettavuutta koskevan lain 9 §), eikä niitä ole tekstitetty.",
                        "Kunnanvaltuuston tallenetut lähetykset, jokka annethiin ulos ennen 23. septemperiä 2020, ei kuulu lakhiin (digitaalisen julkisen palvelun saatavuuslain 9 §), eikä niissä ole tekstiä.",
                        "Recorded broadcasts of the municipal council published before 23 September 2020 are not covered by the act (section 9 of the act on accessibility of digital public services) and are not captioned."));
    }
}
