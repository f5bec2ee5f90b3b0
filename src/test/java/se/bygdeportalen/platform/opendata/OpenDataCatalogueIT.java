package se.bygdeportalen.platform.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.bygdeportalen.test.IntegrationTest;

/**
 * The open-data page lists every declared dataset, and the DCAT-AP-SE catalogue describes the same
 * datasets with the properties Sweden's data portal requires, parsed with a real RDF/XML parser.
 */
@IntegrationTest
class OpenDataCatalogueIT {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String BASE = "http://localhost:8080";
    /** Every dataset the four modules declare today; a new one must be added here on purpose. */
    static final Set<String> DATASETS = Set.of(
            "proposals",
            "decisions.meetings",
            "decisions.agenda-items",
            "decisions.decisions",
            "organisation.organizations",
            "organisation.persons",
            "organisation.memberships",
            "noticeboard.notices");

    @Autowired
    MockMvc mvc;

    private Model catalogue() throws Exception {
        MvcResult result = mvc.perform(get("/oppna-data/katalog.rdf"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("application/rdf+xml");
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create()
                .source(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))
                .lang(Lang.RDFXML)
                .base(BASE)
                .parse(model);
        return model;
    }

    private static Property dcat(String name) {
        return ResourceFactory.createProperty(DCAT + name);
    }

    private static Property dct(String name) {
        return ResourceFactory.createProperty(DCT + name);
    }

    @Test
    void theCatalogueHasItsMandatoryPropertiesAndEveryDataset() throws Exception {
        Model m = catalogue();
        List<Resource> catalogues = m.listSubjectsWithProperty(RDF.type, m.createResource(DCAT + "Catalog"))
                .toList();
        assertThat(catalogues).hasSize(1);
        Resource catalogue = catalogues.get(0);
        assertThat(catalogue.getURI()).isEqualTo(BASE + "/oppna-data");
        assertThat(languages(catalogue, dct("title"))).containsExactlyInAnyOrder("sv", "en", "fi");
        assertThat(text(catalogue, dct("title"), "sv")).isEqualTo("Öppna data från Övertorneå kommun");
        assertThat(text(catalogue, dct("description"), "fi")).startsWith("Aineistot, jotka Ylitornion kunta julkaisee");

        Resource publisher = catalogue.getPropertyResourceValue(dct("publisher"));
        assertThat(publisher.hasProperty(RDF.type, m.createResource(FOAF + "Agent")))
                .isTrue();
        assertThat(text(publisher, m.createProperty(FOAF + "name"), "sv")).isEqualTo("Övertorneå kommun");
        assertThat(publisher.getPropertyResourceValue(dct("type")).getURI())
                .isEqualTo("http://purl.org/adms/publishertype/LocalAuthority");

        Set<String> datasets = catalogue.listProperties(dcat("dataset")).toList().stream()
                .map(s -> s.getResource().getURI())
                .collect(Collectors.toSet());
        assertThat(datasets)
                .isEqualTo(
                        DATASETS.stream().map(id -> BASE + "/oppna-data/" + id).collect(Collectors.toSet()));
    }

    @Test
    void everyDatasetHasTitleDescriptionPublisherContactFrequencyThemeAndDistributions() throws Exception {
        Model m = catalogue();
        List<Resource> datasets = m.listSubjectsWithProperty(RDF.type, m.createResource(DCAT + "Dataset"))
                .toList();
        assertThat(datasets).hasSize(DATASETS.size());
        for (Resource d : datasets) {
            assertThat(languages(d, dct("title"))).as(d.getURI()).containsExactlyInAnyOrder("sv", "en", "fi");
            assertThat(languages(d, dct("description"))).as(d.getURI()).containsExactlyInAnyOrder("sv", "en", "fi");
            assertThat(d.getPropertyResourceValue(dct("publisher")).getURI()).isEqualTo(BASE + "/oppna-data#publisher");
            Resource contact = d.getPropertyResourceValue(dcat("contactPoint"));
            assertThat(contact.hasProperty(RDF.type, m.createResource(VCARD + "Organization")))
                    .isTrue();
            assertThat(contact.getPropertyResourceValue(m.createProperty(VCARD + "hasEmail"))
                            .getURI())
                    .isEqualTo("mailto:kommun@overtornea.se");
            assertThat(d.getPropertyResourceValue(dct("accrualPeriodicity")).getURI())
                    .startsWith("http://publications.europa.eu/resource/authority/frequency/");
            assertThat(d.getPropertyResourceValue(dcat("theme")).getURI())
                    .isEqualTo("http://publications.europa.eu/resource/authority/data-theme/GOVE");
            List<Resource> distributions = d.listProperties(dcat("distribution")).toList().stream()
                    .map(s -> s.getResource())
                    .toList();
            assertThat(distributions).as(d.getURI()).isNotEmpty();
            for (Resource dist : distributions) {
                assertThat(dist.hasProperty(RDF.type, m.createResource(DCAT + "Distribution")))
                        .isTrue();
                assertThat(dist.getPropertyResourceValue(dcat("accessURL")).getURI())
                        .startsWith(BASE + "/");
                assertThat(dist.getPropertyResourceValue(dct("license")).getURI())
                        .isEqualTo("http://creativecommons.org/publicdomain/zero/1.0/");
                assertThat(dist.getPropertyResourceValue(dcat("mediaType")).getURI())
                        .startsWith("http://www.iana.org/assignments/media-types/");
            }
        }
    }

    @Test
    void theDecisionsDatasetDescribesItsFormats() throws Exception {
        Model m = catalogue();
        Resource decisions = m.getResource(BASE + "/oppna-data/decisions.decisions");
        assertThat(text(decisions, dct("title"), "sv")).isEqualTo("Beslut");
        assertThat(text(decisions, dct("title"), "en")).isEqualTo("Decisions");
        assertThat(decisions.getPropertyResourceValue(dct("accrualPeriodicity")).getURI())
                .isEqualTo("http://publications.europa.eu/resource/authority/frequency/UPDATE_CONT");
        Set<String> access = decisions.listProperties(dcat("distribution")).toList().stream()
                .map(s -> s.getResource()
                        .getPropertyResourceValue(dcat("accessURL"))
                        .getURI())
                .collect(Collectors.toSet());
        assertThat(access).containsExactlyInAnyOrder(BASE + "/sv/beslut.csv", BASE + "/api/v1/decisions");
        Set<String> types = decisions.listProperties(dcat("distribution")).toList().stream()
                .map(s -> s.getResource()
                        .getPropertyResourceValue(dcat("mediaType"))
                        .getURI())
                .collect(Collectors.toSet());
        assertThat(types)
                .containsExactlyInAnyOrder(
                        "http://www.iana.org/assignments/media-types/text/csv",
                        "http://www.iana.org/assignments/media-types/application/json");
        Resource csv = decisions.listProperties(dcat("distribution")).toList().stream()
                .map(s -> s.getResource())
                .filter(r ->
                        r.getPropertyResourceValue(dcat("accessURL")).getURI().endsWith(".csv"))
                .findFirst()
                .orElseThrow();
        assertThat(csv.getPropertyResourceValue(dcat("downloadURL")).getURI()).isEqualTo(BASE + "/sv/beslut.csv");
        assertThat(csv.getPropertyResourceValue(dct("format")).getURI())
                .isEqualTo("http://publications.europa.eu/resource/authority/file-type/CSV");
    }

    @Test
    void thePageListsEveryDatasetWithFormatsLicenceAndFrequency() throws Exception {
        String html = mvc.perform(get("/sv/oppna-data"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("main section.card").eachAttr("id")).containsExactlyInAnyOrderElementsOf(DATASETS);
        var decisions = page.getElementById("decisions.decisions");
        assertThat(decisions.select("h2").text()).isEqualTo("Beslut");
        assertThat(decisions.select("a[type]").eachAttr("href")).containsExactly("/sv/beslut.csv", "/api/v1/decisions");
        assertThat(decisions.select("a[type]").eachText()).containsExactly("CSV", "JSON (API)");
        assertThat(decisions.select("a[rel=license]").text()).isEqualTo("CC0 1.0");
        assertThat(decisions.text()).contains("Löpande, när något ändras").contains("Övertorneå kommun");
        assertThat(page.select("a[href=/oppna-data/katalog.rdf]")).hasSize(1);

        Document finnish = Jsoup.parse(
                mvc.perform(get("/fi/oppna-data")).andReturn().getResponse().getContentAsString());
        assertThat(finnish.getElementById("decisions.decisions")
                        .select("a[type]")
                        .eachAttr("href"))
                .containsExactly("/fi/beslut.csv", "/api/v1/decisions");
        assertThat(finnish.select("h1").text()).isEqualTo("Avoin data");
    }

    @Test
    void theFooterLinksTheCatalogue() throws Exception {
        Document page =
                Jsoup.parse(mvc.perform(get("/en/")).andReturn().getResponse().getContentAsString());
        assertThat(page.select("footer a[href=/en/oppna-data]").text()).isEqualTo("Open data");
    }

    private static Set<String> languages(Resource r, Property p) {
        return r.listProperties(p).toList().stream()
                .map(s -> s.getLiteral().getLanguage())
                .collect(Collectors.toSet());
    }

    private static String text(Resource r, Property p, String lang) {
        return r.listProperties(p).toList().stream()
                .map(s -> s.getObject())
                .filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral)
                .filter(l -> l.getLanguage().equals(lang))
                .map(Literal::getString)
                .findFirst()
                .orElseThrow();
    }
}
