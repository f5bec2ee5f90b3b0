package se.bygdeportalen.platform.opendata;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.PlatformProperties;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.manifest.ModuleRegistry;
import se.bygdeportalen.platform.manifest.OpenDataExport;

/**
 * The open-data catalogue as DCAT-AP-SE in RDF/XML, as Sweden's data portal harvests it: one
 * {@code dcat:Catalog} with the municipality as publisher, a {@code dcat:Dataset} per declared
 * dataset and a {@code dcat:Distribution} per format. Titles and descriptions are given in Swedish,
 * English and Finnish (the portal's languages and the minority language the municipality serves).
 * Every URI is absolute, built from {@code bygdeportalen.base-url}.
 */
@Component
public class DcatCatalogue {

    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String XML = "http://www.w3.org/XML/1998/namespace";
    /** The languages titles and descriptions are given in. */
    static final List<Lang> LANGS = List.of(Lang.SV, Lang.EN, Lang.FI);

    private static final String LOCAL_AUTHORITY = "http://purl.org/adms/publishertype/LocalAuthority";
    private static final String EU_LANGUAGE = "http://publications.europa.eu/resource/authority/language/";

    private final ModuleRegistry modules;
    private final Messages messages;
    private final PlatformProperties properties;

    DcatCatalogue(ModuleRegistry modules, Messages messages, PlatformProperties properties) {
        this.modules = modules;
        this.messages = messages;
        this.properties = properties;
    }

    /** The catalogue's URI; also where the page of datasets is (under a language prefix). */
    public String catalogueUri() {
        return properties.baseUrl() + "/oppna-data";
    }

    String datasetUri(OpenDataExport dataset) {
        return catalogueUri() + "/" + dataset.id();
    }

    /** A format's address: an API path as it is, a file under the Swedish prefix (the same data in every language). */
    String absoluteUrl(OpenDataExport.Format format) {
        return properties.baseUrl() + format.href(Lang.SV.code());
    }

    public byte[] rdfXml() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            Map<String, String> prefixes = Map.of("rdf", RDF, "dcat", DCAT, "dct", DCT, "foaf", FOAF, "vcard", VCARD);
            prefixes.forEach((prefix, uri) -> {
                try {
                    w.setPrefix(prefix, uri);
                } catch (XMLStreamException e) {
                    throw new IllegalStateException(e);
                }
            });
            w.writeStartElement("rdf", "RDF", RDF);
            for (var p : new TreeMap<>(prefixes).entrySet()) {
                w.writeNamespace(p.getKey(), p.getValue());
            }
            writeCatalogue(w);
            writePublisher(w);
            writeContactPoint(w);
            for (OpenDataExport dataset : modules.openData()) {
                writeDataset(w, dataset);
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the DCAT catalogue", e);
        }
        return out.toByteArray();
    }

    private void writeCatalogue(XMLStreamWriter w) throws XMLStreamException {
        TranslatableText name = municipalityName();
        w.writeStartElement(DCAT, "Catalog");
        w.writeAttribute(RDF, "about", catalogueUri());
        for (Lang lang : LANGS) {
            literal(
                    w,
                    DCT,
                    "title",
                    lang,
                    messages.get(lang, "opendata.catalogue.title", name.in(lang).text()));
        }
        for (Lang lang : LANGS) {
            literal(
                    w,
                    DCT,
                    "description",
                    lang,
                    messages.get(
                            lang,
                            "opendata.catalogue.description",
                            name.in(lang).text()));
        }
        resource(w, DCT, "publisher", publisherUri());
        resource(w, DCT, "license", OpenDataExport.Licence.CC0.uri());
        for (String code : List.of("SWE", "FIN", "ENG")) {
            resource(w, DCT, "language", EU_LANGUAGE + code);
        }
        resource(w, FOAF, "homepage", properties.baseUrl() + "/sv/oppna-data");
        for (OpenDataExport dataset : modules.openData()) {
            resource(w, DCAT, "dataset", datasetUri(dataset));
        }
        w.writeEndElement();
    }

    private void writePublisher(XMLStreamWriter w) throws XMLStreamException {
        PlatformProperties.Municipality m = properties.municipality();
        w.writeStartElement(FOAF, "Agent");
        w.writeAttribute(RDF, "about", publisherUri());
        TranslatableText name = municipalityName();
        for (Lang lang : LANGS) {
            String translated = name.raw(lang);
            if (translated != null) {
                literal(w, FOAF, "name", lang, translated);
            }
        }
        resource(w, DCT, "type", LOCAL_AUTHORITY);
        if (!m.website().isBlank()) {
            resource(w, FOAF, "homepage", m.website());
        }
        if (!m.email().isBlank()) {
            resource(w, FOAF, "mbox", "mailto:" + m.email());
        }
        w.writeEndElement();
    }

    private void writeContactPoint(XMLStreamWriter w) throws XMLStreamException {
        PlatformProperties.Municipality m = properties.municipality();
        w.writeStartElement(VCARD, "Organization");
        w.writeAttribute(RDF, "about", contactUri());
        w.writeStartElement(VCARD, "fn");
        w.writeCharacters(municipalityName().in(Lang.SV).text());
        w.writeEndElement();
        if (!m.email().isBlank()) {
            resource(w, VCARD, "hasEmail", "mailto:" + m.email());
        }
        if (!m.phone().isBlank()) {
            resource(
                    w,
                    VCARD,
                    "hasTelephone",
                    "tel:" + m.phone().replaceAll("[^0-9+]", "").replaceFirst("^0", "+46"));
        }
        w.writeEndElement();
    }

    private void writeDataset(XMLStreamWriter w, OpenDataExport dataset) throws XMLStreamException {
        w.writeStartElement(DCAT, "Dataset");
        w.writeAttribute(RDF, "about", datasetUri(dataset));
        w.writeStartElement(DCT, "identifier");
        w.writeCharacters(datasetUri(dataset));
        w.writeEndElement();
        for (Lang lang : LANGS) {
            literal(w, DCT, "title", lang, messages.get(lang, dataset.nameKey()));
        }
        for (Lang lang : LANGS) {
            literal(w, DCT, "description", lang, messages.get(lang, dataset.descriptionKey()));
        }
        resource(w, DCT, "publisher", publisherUri());
        resource(w, DCAT, "contactPoint", contactUri());
        resource(w, DCT, "accrualPeriodicity", dataset.frequency().uri());
        resource(w, DCAT, "theme", dataset.theme().uri());
        resource(w, DCAT, "landingPage", properties.baseUrl() + "/sv/oppna-data#" + dataset.id());
        for (int i = 0; i < dataset.formats().size(); i++) {
            w.writeStartElement(DCAT, "distribution");
            writeDistribution(w, dataset, dataset.formats().get(i), i + 1);
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private void writeDistribution(XMLStreamWriter w, OpenDataExport dataset, OpenDataExport.Format format, int n)
            throws XMLStreamException {
        w.writeStartElement(DCAT, "Distribution");
        w.writeAttribute(RDF, "about", datasetUri(dataset) + "/format-" + n);
        for (Lang lang : LANGS) {
            literal(w, DCT, "title", lang, messages.get(lang, dataset.nameKey()) + " (" + format.label() + ")");
        }
        String url = absoluteUrl(format);
        resource(w, DCAT, "accessURL", url);
        if (!format.api()) {
            resource(w, DCAT, "downloadURL", url);
        }
        resource(w, DCAT, "mediaType", format.mediaTypeUri());
        if (format.euFileTypeUri() != null) {
            resource(w, DCT, "format", format.euFileTypeUri());
        }
        resource(w, DCT, "license", dataset.licence().uri());
        w.writeEndElement();
    }

    private String publisherUri() {
        return catalogueUri() + "#publisher";
    }

    private String contactUri() {
        return catalogueUri() + "#contact";
    }

    private TranslatableText municipalityName() {
        TranslatableText name =
                PlatformProperties.Municipality.text(properties.municipality().name());
        if (name == null) {
            throw new IllegalStateException("Set bygdeportalen.municipality.name.sv, the name of the municipality");
        }
        return name;
    }

    private static void literal(XMLStreamWriter w, String ns, String name, Lang lang, String text)
            throws XMLStreamException {
        w.writeStartElement(ns, name);
        w.writeAttribute("xml", XML, "lang", lang.code());
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void resource(XMLStreamWriter w, String ns, String name, String uri) throws XMLStreamException {
        w.writeEmptyElement(ns, name);
        w.writeAttribute(RDF, "resource", uri);
    }
}
