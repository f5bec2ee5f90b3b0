package se.bygdeportalen.platform.opendata;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.manifest.ModuleRegistry;

/**
 * The open-data catalogue: {@code /{lang}/oppna-data} lists every dataset the modules declare, and
 * {@code /oppna-data/katalog.rdf} describes the same in DCAT-AP-SE for Sweden's data portal.
 */
@Controller
public class OpenDataPages {

    public static final MediaType RDF_XML = MediaType.parseMediaType("application/rdf+xml;charset=UTF-8");

    private final ModuleRegistry modules;
    private final DcatCatalogue dcat;

    OpenDataPages(ModuleRegistry modules, DcatCatalogue dcat) {
        this.modules = modules;
        this.dcat = dcat;
    }

    @GetMapping("/" + Lang.PATH + "/oppna-data")
    String catalogue(@PathVariable String lang, Model model) {
        model.addAttribute("datasets", modules.openData());
        return "opendata/catalogue";
    }

    @GetMapping("/oppna-data/katalog.rdf")
    ResponseEntity<byte[]> rdf() {
        return ResponseEntity.ok()
                .contentType(RDF_XML)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .header("X-Content-Type-Options", "nosniff")
                .body(dcat.rdfXml());
    }
}
