package se.bygdeportalen.platform.manifest;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A published dataset and the formats it can be had in. The open-data page ({@code /{lang}/oppna-data})
 * lists every declared dataset, and the DCAT-AP-SE catalogue ({@code /oppna-data/katalog.rdf})
 * describes the same for Sweden's data portal: the dataset's title and description in Swedish,
 * English and Finnish come from the message bundles.
 *
 * @param id             stable id, used in the catalogue's URIs; unique across modules
 * @param nameKey        message key of the dataset's title
 * @param descriptionKey message key of what the dataset holds (one or two sentences)
 * @param frequency      how often it changes
 * @param licence        the licence of every format
 * @param theme          the EU data theme it belongs to
 * @param formats        at least one
 */
public record OpenDataExport(
        String id,
        String nameKey,
        String descriptionKey,
        Frequency frequency,
        Licence licence,
        Theme theme,
        List<Format> formats) {

    public OpenDataExport {
        if (id == null || !id.matches("[a-z][a-z0-9.-]{1,79}")) {
            throw new IllegalArgumentException("Open-data id must be a lower-case id: " + id);
        }
        Objects.requireNonNull(nameKey, "nameKey");
        Objects.requireNonNull(descriptionKey, "descriptionKey");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(theme, "theme");
        if (formats == null || formats.isEmpty()) {
            throw new IllegalArgumentException("Dataset " + id + " has no format");
        }
        formats = List.copyOf(formats);
    }

    /**
     * One way to get the dataset (a DCAT distribution).
     *
     * @param path      after the language prefix (e.g. {@code "/beslut.csv"}), or absolute under {@code /api/}
     * @param mediaType the IANA media type, e.g. {@code "text/csv"}
     */
    public record Format(String path, String mediaType) {

        public Format {
            if (path == null || !path.startsWith("/")) {
                throw new IllegalArgumentException("A format's path starts with a slash: " + path);
            }
            if (mediaType == null || !mediaType.matches("[a-z]+/[a-z0-9.+-]+")) {
                throw new IllegalArgumentException("Not a media type without parameters: " + mediaType);
            }
        }

        /** A JSON API rather than a file: its path is not under a language prefix. */
        public boolean api() {
            return path.startsWith("/api/");
        }

        /** The path a visitor follows from a page in {@code langCode}. */
        public String href(String langCode) {
            return api() ? path : "/" + langCode + path;
        }

        /** The IANA media-type URI DCAT uses for {@code dcat:mediaType}. */
        public String mediaTypeUri() {
            return "http://www.iana.org/assignments/media-types/" + mediaType;
        }

        /** A short, language-neutral name of the format: CSV, JSON, Atom, iCalendar. */
        public String label() {
            String name = switch (mediaType) {
                case "text/csv" -> "CSV";
                case "application/json" -> "JSON";
                case "application/atom+xml" -> "Atom";
                case "text/calendar" -> "iCalendar";
                case "application/rdf+xml" -> "RDF/XML";
                default -> mediaType;
            };
            return api() ? name + " (API)" : name;
        }

        /** The format in the EU file-type vocabulary ({@code dct:format}), or null when it has no entry we use. */
        public @Nullable String euFileTypeUri() {
            String code = switch (mediaType) {
                case "text/csv" -> "CSV";
                case "application/json" -> "JSON";
                case "application/atom+xml" -> "ATOM";
                case "application/rdf+xml" -> "RDF_XML";
                default -> null;
            };
            return code == null ? null : "http://publications.europa.eu/resource/authority/file-type/" + code;
        }
    }

    /** How often a dataset changes, with its URI in the EU frequency vocabulary. */
    public enum Frequency {
        /** Whenever staff or residents act: a proposal published, a decision recorded. */
        CONTINUOUS("UPDATE_CONT"),
        DAILY("DAILY"),
        WEEKLY("WEEKLY"),
        MONTHLY("MONTHLY"),
        ANNUAL("ANNUAL"),
        /** At no fixed interval, such as after an election. */
        IRREGULAR("IRREG");

        private final String code;

        Frequency(String code) {
            this.code = code;
        }

        public String uri() {
            return "http://publications.europa.eu/resource/authority/frequency/" + code;
        }

        /** Message key of the frequency's name on the open-data page. */
        public String messageKey() {
            return "opendata.frequency." + name();
        }
    }

    /** The licence of a dataset. Swedish public-sector open data is normally CC0. */
    public enum Licence {
        CC0("http://creativecommons.org/publicdomain/zero/1.0/", "CC0 1.0"),
        CC_BY_4("http://creativecommons.org/licenses/by/4.0/", "CC BY 4.0");

        private final String uri;
        private final String label;

        Licence(String uri, String label) {
            this.uri = uri;
            this.label = label;
        }

        public String uri() {
            return uri;
        }

        /** The licence's own name, the same in every language. */
        public String label() {
            return label;
        }
    }

    /** The dataset's theme in the EU data-theme vocabulary. */
    public enum Theme {
        /** Government and public sector. */
        GOVE,
        /** Education, culture and sport. */
        EDUC,
        /** Population and society. */
        SOCI,
        /** Economy and finance. */
        ECON,
        /** Health. */
        HEAL,
        /** Regions and cities. */
        REGI;

        public String uri() {
            return "http://publications.europa.eu/resource/authority/data-theme/" + name();
        }

        /** Message key of the theme's name on the open-data page. */
        public String messageKey() {
            return "opendata.theme." + name();
        }
    }
}
