package se.bygdeportalen.organisation.internal;

import org.springframework.stereotype.Component;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.platform.demo.DemoContext;
import se.bygdeportalen.platform.demo.DemoData;
import se.bygdeportalen.platform.i18n.TranslatableText;

/**
 * Övertorneå's bodies as its minutes name them (council, executive board and its working committee,
 * the committees, the election committee, the council's nominating committee) and its villages.
 */
@Component
class OrganisationDemoData implements DemoData {

    private final OrganisationRepository repository;

    OrganisationDemoData(OrganisationRepository repository) {
        this.repository = repository;
    }

    @Override
    public String module() {
        return "organisation";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load(DemoContext context) {
        long council = repository.insertBody(
                "kommunfullmaktige",
                Body.Kind.COUNCIL,
                TranslatableText.of("Kommunfullmäktige", "Kunnanvaltuusto", "Kunnanvaltuusto", "Municipal Council"),
                null,
                0,
                null);
        long board = repository.insertBody(
                "kommunstyrelsen",
                Body.Kind.EXECUTIVE_BOARD,
                TranslatableText.of("Kommunstyrelsen", "Kunnanhallitus", "Kunnanhallitus", "Municipal Executive Board"),
                null,
                0,
                null);
        repository.insertBody(
                "barn-och-utbildningsnamnden",
                Body.Kind.COMMITTEE,
                TranslatableText.of(
                        "Barn- och utbildningsnämnden",
                        "Lasten ja koulutuksen lautakunta",
                        "Lapsi- ja koulutuslautakunta",
                        "Children and Education Committee"),
                null,
                10,
                null);
        repository.insertBody(
                "socialnamnden",
                Body.Kind.COMMITTEE,
                TranslatableText.of(
                        "Socialnämnden", "Sosiaalilautakunta", "Sosiaalilautakunta", "Social Services Committee"),
                null,
                20,
                null);
        repository.insertBody(
                "miljo-och-byggnadsnamnden",
                Body.Kind.COMMITTEE,
                TranslatableText.of(
                        "Miljö- och byggnadsnämnden",
                        "Ympäristö- ja rakennuslautakunta",
                        "Ympäristö- ja rakennuslautakunta",
                        "Environment and Building Committee"),
                null,
                30,
                null);
        repository.insertBody(
                "valnamnden",
                Body.Kind.COMMITTEE,
                TranslatableText.of("Valnämnden", "Vaalilautakunta", "Vaalilautakunta", "Election Committee"),
                null,
                40,
                null);
        repository.insertBody(
                "kommunstyrelsens-arbetsutskott",
                Body.Kind.WORKING_GROUP,
                TranslatableText.of(
                        "Kommunstyrelsens arbetsutskott",
                        "Kunnanhallituksen työvaliokunta",
                        "Kunnanhallituksen työvaliokunta",
                        "Executive Board's Working Committee"),
                board,
                0,
                null);
        repository.insertBody(
                "kommunfullmaktiges-valberedning",
                Body.Kind.WORKING_GROUP,
                TranslatableText.of(
                        "Kommunfullmäktiges valberedning",
                        "Kunnanvaltuuston vaalivalmistelutoimikunta",
                        "Kunnanvaltuuston vaalivalmistelukomitea",
                        "Council's Nominating Committee"),
                council,
                0,
                null);

        repository.insertVillage(
                "overtornea", TranslatableText.of("Övertorneå", "Ylitornio", "Matarenki", "Övertorneå"));
        for (String[] village : new String[][] {
            {"aapua", "Aapua"}, {"haapakyla", "Haapakylä"}, {"hedenaset", "Hedenäset"}, {"hietaniemi", "Hietaniemi"},
            {"juoksengi", "Juoksengi"}, {"kuivakangas", "Kuivakangas"}, {"luppio", "Luppio"}, {"niemis", "Niemis"},
            {"pello", "Pello"}, {"svanstein", "Svanstein"}
        }) {
            repository.insertVillage(village[0], TranslatableText.swedish(village[1]));
        }
    }
}
