package se.bygdeportalen.organisation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.Member;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.organisation.internal.OrganisationRepository;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.usecase.Problem;

/** The public pages on how the municipality is organised, who sits where, and how decisions are made. */
@Controller
class OrganisationPages {

    private final Organisation organisation;
    private final OrganisationRepository repository;
    private final Clock clock;

    OrganisationPages(Organisation organisation, OrganisationRepository repository, Clock clock) {
        this.organisation = organisation;
        this.repository = repository;
        this.clock = clock;
    }

    @GetMapping("/" + Lang.PATH + "/organisation")
    String page(@PathVariable String lang, Model model) {
        List<Body> bodies = organisation.bodies();
        model.addAttribute("bodies", bodies);
        model.addAttribute("villages", organisation.villages());
        return "organisation/page";
    }

    /** One body: its members today grouped by role, seats per party and the gender balance. Four queries. */
    @GetMapping("/" + Lang.PATH + "/organisation/{slug}")
    String body(@PathVariable String lang, @PathVariable String slug, Model model) {
        List<Body> bodies = organisation.bodies();
        Body body =
                bodies.stream().filter(b -> b.slug().equals(slug)).findFirst().orElseThrow(Problem::notFound);
        Body parent = body.parentId() == null
                ? null
                : bodies.stream()
                        .filter(b -> b.id() == body.parentId())
                        .findFirst()
                        .orElse(null);
        List<Body> groups = bodies.stream()
                .filter(b -> b.parentId() != null && b.parentId() == body.id())
                .toList();
        LocalDate today = LocalDate.now(clock.withZone(DateFormats.ZONE));
        List<Member> members = organisation.members(body.id(), today);
        model.addAttribute("body", body);
        model.addAttribute("parent", parent);
        model.addAttribute("groups", groups);
        model.addAttribute("term", repository.termOn(today).orElse(null));
        model.addAttribute("members", members);
        model.addAttribute("balance", GenderBalance.of(members));
        model.addAttribute("parties", GenderBalance.parties(members));
        model.addAttribute("today", today);
        return "organisation/body";
    }

    @GetMapping("/" + Lang.PATH + "/sa-fattas-besluten")
    String howDecisionsAreMade(@PathVariable String lang) {
        return "organisation/howDecisions";
    }
}
