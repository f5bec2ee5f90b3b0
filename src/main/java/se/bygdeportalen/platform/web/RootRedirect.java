package se.bygdeportalen.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.bygdeportalen.platform.i18n.Lang;

/** {@code /} sends visitors to the start page in their browser's language; {@code /fi} gets its slash. */
@Controller
class RootRedirect {

    @GetMapping("/")
    void root(HttpServletRequest request, HttpServletResponse response) {
        Lang lang = Lang.fromAcceptLanguage(request.getHeader("Accept-Language"));
        response.setHeader("Vary", "Accept-Language");
        response.setHeader("Location", "/" + lang.code() + "/");
        response.setStatus(HttpServletResponse.SC_FOUND);
    }

    @GetMapping("/" + Lang.PATH)
    String withSlash(@PathVariable String lang) {
        return "redirect:/" + lang + "/";
    }
}
