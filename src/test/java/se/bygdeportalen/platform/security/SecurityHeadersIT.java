package se.bygdeportalen.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import se.bygdeportalen.test.IntegrationTest;

/**
 * Every response carries a strict CSP and the other protective headers. The policy is the same on every
 * response (no per-request nonce), so a page can be shared by caches, and the page itself loads its one
 * script as a file.
 */
@IntegrationTest
class SecurityHeadersIT {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesHaveAStrictContentSecurityPolicyWithoutInlineCode() throws Exception {
        MockHttpServletResponse first = mvc.perform(get("/sv/")).andReturn().getResponse();
        MockHttpServletResponse second = mvc.perform(get("/sv/")).andReturn().getResponse();
        String csp = first.getHeader("Content-Security-Policy");
        assertThat(csp)
                .contains("default-src 'self'")
                .contains("script-src 'self'")
                .contains("object-src 'none'")
                .contains("base-uri 'none'")
                .contains("frame-ancestors 'none'")
                .contains("form-action 'self'")
                .contains("style-src 'self'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval")
                .doesNotContain("nonce-")
                .doesNotContain("*");
        assertThat(second.getHeader("Content-Security-Policy")).isEqualTo(csp);
        assertThat(second.getContentAsString())
                .as("nothing per request in the page")
                .isEqualTo(first.getContentAsString());
        Document page = Jsoup.parse(first.getContentAsString());
        // The one script is a first-party file; nothing inline that the policy would have to allow.
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("script").attr("src")).matches("/assets/app-[0-9a-f]{32}\\.js");
        assertThat(page.select("script").hasAttr("nonce")).isFalse();
        assertThat(first.getContentAsString())
                .doesNotContain(" style=\"")
                .doesNotContain(" onclick=")
                .doesNotContain("<style");
    }

    @Test
    void protectiveHeadersAreSet() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/fi/kontakt")).andReturn().getResponse();
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("Permissions-Policy"))
                .contains("camera=()")
                .contains("geolocation=()");
        assertThat(response.getHeader("Cache-Control"))
                .as("an anonymous page is shared (the page cache's tests check the rest)")
                .startsWith("public");
        assertThat(mvc.perform(get("/admin/login")).andReturn().getResponse().getHeader("Cache-Control"))
                .as("everything else stays private unless its handler says otherwise")
                .isEqualTo("private, no-store");
        assertThat(response.getHeader("Strict-Transport-Security"))
                .as("HSTS only over HTTPS")
                .isNull();
        MockHttpServletResponse secure =
                mvc.perform(get("/fi/kontakt").secure(true)).andReturn().getResponse();
        assertThat(secure.getHeader("Strict-Transport-Security"))
                .contains("max-age=31536000")
                .contains("includeSubDomains");
    }

    @Test
    void fingerprintedAssetsAreCachedForAYear() throws Exception {
        String html = mvc.perform(get("/sv/")).andReturn().getResponse().getContentAsString();
        Matcher css =
                Pattern.compile("href=\"(/assets/app-[0-9a-f]{32}\\.css)\"").matcher(html);
        assertThat(css.find()).isTrue();
        MockHttpServletResponse asset =
                mvc.perform(get(css.group(1))).andReturn().getResponse();
        assertThat(asset.getStatus()).isEqualTo(200);
        assertThat(asset.getHeader("Cache-Control"))
                .contains("max-age=31536000")
                .contains("immutable");
        assertThat(mvc.perform(get("/application.properties"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/assets/../application.properties"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(400, 404);
    }
}
