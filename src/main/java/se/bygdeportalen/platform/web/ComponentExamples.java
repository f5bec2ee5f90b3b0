package se.bygdeportalen.platform.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.security.StaffOnly;

/**
 * Examples of every shared component, in the staff member's language, for people building pages.
 * A browser test renders this page under axe in all four languages.
 */
@Controller
@StaffOnly
class ComponentExamples {

    private final Clock clock;

    ComponentExamples(Clock clock) {
        this.clock = clock;
    }

    @GetMapping("/admin/components")
    String page(@RequestParam(defaultValue = "3") int page, Model model) {
        model.addAttribute("today", LocalDate.now(clock.withZone(DateFormats.ZONE)));
        model.addAttribute("pagination", new Pagination(page, 12, "/admin/components"));
        return "admin/components";
    }
}
