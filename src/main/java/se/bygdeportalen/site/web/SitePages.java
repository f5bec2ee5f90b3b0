package se.bygdeportalen.site.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.manifest.HomeTeaser;
import se.bygdeportalen.platform.manifest.ModuleRegistry;
import se.bygdeportalen.site.internal.AccessibilityRepository;

/** The start page, contact details, and what the site does with personal data and cookies. */
@Controller
class SitePages {

    private final ModuleRegistry modules;
    private final AccessibilityRepository accessibility;
    private final List<HomeTeaser> teasers;

    SitePages(ModuleRegistry modules, AccessibilityRepository accessibility, List<HomeTeaser> teasers) {
        this.modules = modules;
        this.accessibility = accessibility;
        this.teasers = teasers.stream()
                .sorted(Comparator.comparingInt(HomeTeaser::order))
                .toList();
    }

    @GetMapping("/" + Lang.PATH + "/")
    String home(@PathVariable String lang, Model model) {
        Lang language = Lang.fromCode(lang).orElse(Lang.DEFAULT);
        List<HomeSection> sections = new ArrayList<>();
        for (HomeTeaser teaser : teasers) {
            List<HomeTeaser.Item> items = teaser.items(language);
            if (!items.isEmpty()) {
                sections.add(new HomeSection(teaser, items.subList(0, Math.min(5, items.size()))));
            }
        }
        model.addAttribute("sections", sections);
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
