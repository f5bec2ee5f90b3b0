package se.bygdeportalen.organisation;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.bygdeportalen.platform.i18n.Lang;

/** The public page on how the municipality is organised. */
@Controller
class OrganisationPages {

    private final Organisation organisation;

    OrganisationPages(Organisation organisation) {
        this.organisation = organisation;
    }

    @GetMapping("/" + Lang.PATH + "/organisation")
    String page(@PathVariable String lang, Model model) {
        List<Body> bodies = organisation.bodies();
        model.addAttribute("bodies", bodies);
        model.addAttribute("villages", organisation.villages());
        return "organisation/page";
    }
}
