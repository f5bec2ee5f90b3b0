package se.bygdeportalen.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import se.bygdeportalen.platform.security.StaffOnly;

/** The staff start page: the tools this staff member's roles give. */
@Controller
class AdminHome {

    @GetMapping("/admin")
    @StaffOnly
    String home() {
        return "admin/home";
    }
}
