package se.bygdeportalen.site;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.manifest.ModuleRegistry;

/** The start page, contact details, and what the site does with personal data and cookies. */
@Controller
class SitePages {

    private final ModuleRegistry modules;
    private final AccessibilityRepository accessibility;

    SitePages(ModuleRegistry modules, AccessibilityRepository accessibility) {
        this.modules = modules;
        this.accessibility = accessibility;
    }

    @GetMapping("/" + Lang.PATH + "/")
    String home(@PathVariable String lang) {
        return "site/home";
    }

    @GetMapping("/" + Lang.PATH + "/kontakt")
    String contact(@PathVariable String lang) {
        return "site/contact";
    }

    @GetMapping("/" + Lang.PATH + "/personuppgifter")
    String privacy(@PathVariable String lang, Model model) {
        model.addAttribute("categories", modules.personalData());
        return "site/privacy";
    }

    @GetMapping("/" + Lang.PATH + "/tillganglighet")
    String accessibility(@PathVariable String lang, Model model) {
        model.addAttribute("statement", accessibility.load());
        return "site/accessibility";
    }
}
