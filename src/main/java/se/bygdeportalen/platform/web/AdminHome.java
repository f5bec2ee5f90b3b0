package se.bygdeportalen.platform.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.bygdeportalen.platform.security.StaffOnly;

/** The staff start page: the tools this staff member's roles give, and the notices that apply now. */
@Controller
class AdminHome {

    private final ObjectProvider<StaffNotice> notices;

    AdminHome(ObjectProvider<StaffNotice> notices) {
        this.notices = notices;
    }

    @GetMapping("/admin")
    @StaffOnly
    String home(Model model) {
        model.addAttribute(
                "notices", notices.orderedStream().filter(StaffNotice::applies).toList());
        return "admin/home";
    }
}
