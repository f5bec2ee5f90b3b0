package se.bygdeportalen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.TestStaff;

/**
 * Names and content that people type are shown as text, never run as markup: the template engine
 * escapes them in element content and in attribute values, exactly once.
 */
@IntegrationTest
class HtmlEscapingIT {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    private String html(MvcResult result) {
        assertThat(result.getResponse().getContentType()).startsWith("text/html");
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private PortalUser staffNamed(String displayName, Role... roles) {
        PortalUser made = new TestStaff(jdbc, encoder).create(roles);
        int updated = jdbc.sql("UPDATE staff_account SET display_name = :n WHERE id = :id")
                .param("n", displayName)
                .param("id", made.id())
                .update();
        assertThat(updated).isEqualTo(1);
        return PortalUser.staff(made.id(), made.username(), displayName, EnumSet.copyOf(made.roles()), Lang.SV, false);
    }

    @Test
    void aStaffNameWithMarkupIsEscapedInTheStaffList() throws Exception {
        PortalUser evil = staffNamed(SCRIPT, Role.MODERATOR);
        PortalUser admin = new TestStaff(jdbc, encoder).create(Role.ADMINISTRATOR);

        String body = html(
                mvc.perform(get("/admin/personal").with(TestStaff.as(admin))).andReturn());

        assertThat(body).contains(ESCAPED_SCRIPT);
        assertThat(body).doesNotContain("<script>alert").doesNotContain("&amp;lt;script");
        Document page = Jsoup.parse(body);
        Element link = page.selectFirst("a[href='/admin/personal/" + evil.id() + "']");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo(SCRIPT);
        assertThat(link.children()).isEmpty();
        assertThat(page.select("script"))
                .allSatisfy(script ->
                        assertThat(script.hasAttr("src")).as(script.outerHtml()).isTrue());
    }

    @Test
    void aStaffNameWithMarkupIsEscapedInAttributesAndInTheHeader() throws Exception {
        String name = "\"><script>alert(1)</script><x y='";
        PortalUser evil = staffNamed(name, Role.ADMINISTRATOR);

        String body = html(mvc.perform(get("/admin/personal/" + evil.id()).with(TestStaff.as(evil)))
                .andReturn());

        assertThat(body).doesNotContain("<script>alert").doesNotContain("<x y=");
        Document page = Jsoup.parse(body);
        // The edit form shows the name back exactly as stored: escaped once, not twice.
        assertThat(page.selectFirst("#f-displayName").attr("value")).isEqualTo(name);
        // The header greets the signed-in person by name, as text.
        assertThat(page.selectFirst(".account-name").text()).contains(name);
        assertThat(page.selectFirst(".account-name").children()).isEmpty();
        assertThat(page.select("script"))
                .allSatisfy(script ->
                        assertThat(script.hasAttr("src")).as(script.outerHtml()).isTrue());
    }

    @Test
    void contentWrittenByStaffIsEscapedOnThePublicSite() throws Exception {
        PortalUser communicator = new TestStaff(jdbc, encoder).create(Role.COMMUNICATOR);
        String marker = "x" + System.nanoTime();
        String description = "<img src=x onerror=alert(1)> " + marker + " & <b>fet</b>";

        mvc.perform(post("/admin/tillganglighet/brister")
                        .with(csrf())
                        .with(TestStaff.as(communicator))
                        .param("description[sv]", description)
                        .param("description[fi]", "<script>alert(2)</script> " + marker)
                        .param("wcagCriteria", "1.1.1"))
                .andReturn();
        Long id = jdbc.sql("SELECT id FROM site_accessibility_issue WHERE description ->> 'sv' LIKE :m")
                .param("m", "%" + marker + "%")
                .query(Long.class)
                .single();
        try {
            String sv = html(mvc.perform(get("/sv/tillganglighet")).andReturn());
            assertThat(sv).contains("&lt;img src=x onerror=alert(1)&gt; " + marker + " &amp; &lt;b&gt;fet&lt;/b&gt;");
            assertThat(sv).doesNotContain("<img src=x").doesNotContain("<b>fet");
            assertThat(Jsoup.parse(sv).select("img")).isEmpty();

            String fi = html(mvc.perform(get("/fi/tillganglighet")).andReturn());
            assertThat(fi)
                    .contains("&lt;script&gt;alert(2)&lt;/script&gt; " + marker)
                    .doesNotContain("<script>alert");
        } finally {
            mvc.perform(post("/admin/tillganglighet/brister/" + id + "/ta-bort")
                            .with(csrf())
                            .with(TestStaff.as(communicator)))
                    .andReturn();
        }
    }
}
