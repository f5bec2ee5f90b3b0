package se.bygdeportalen.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.bygdeportalen.platform.PlatformProperties;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.TestClock;
import se.bygdeportalen.test.TestStaff;

/**
 * The accessibility statement required by the DOS law: the public page holds every element of
 * Digg's model statement in all four languages, and communicators keep it current through forms that
 * refuse bad input with field errors, write the audit log and are closed to other roles.
 */
@IntegrationTest
class AccessibilityStatementIT {

    private static final String DIGG = "https://www.digg.se/tdosanmalan";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Messages messages;

    @Autowired
    PlatformProperties properties;

    @Autowired
    TestClock clock;

    private TestStaff staff;
    private PortalUser communicator;
    private LocalDate today;

    @BeforeEach
    void communicator() {
        staff = new TestStaff(jdbc, encoder);
        communicator = staff.create(Role.COMMUNICATOR);
        today = clock.today();
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static String marker() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static String body(MvcResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private Document publicPage(Lang lang) throws Exception {
        MvcResult result = mvc.perform(get("/" + lang.code() + "/tillganglighet"))
                .andExpect(status().isOk())
                .andReturn();
        return Jsoup.parse(body(result));
    }

    private MockHttpServletRequestBuilder update(
            PortalUser who, String compliance, String method, String assessedOn, String email) {
        return post("/admin/tillganglighet")
                .with(csrf())
                .with(TestStaff.as(who))
                .param("compliance", compliance)
                .param("method", method)
                .param("assessedOn", assessedOn)
                .param("feedbackEmail", email);
    }

    private MockHttpServletRequestBuilder addIssue(PortalUser who) {
        return post("/admin/tillganglighet/brister").with(csrf()).with(TestStaff.as(who));
    }

    private long issueId(String marker) {
        return jdbc.sql("SELECT id FROM site_accessibility_issue WHERE description::text LIKE :m")
                .param("m", "%" + marker + "%")
                .query(Long.class)
                .single();
    }

    private int issuesWith(String marker) {
        return jdbc.sql("SELECT count(*) FROM site_accessibility_issue WHERE description::text LIKE :m")
                .param("m", "%" + marker + "%")
                .query(Integer.class)
                .single();
    }

    private int issueCount() {
        return jdbc.sql("SELECT count(*) FROM site_accessibility_issue")
                .query(Integer.class)
                .single();
    }

    private Map<String, Object> statementRow() {
        return jdbc.sql(
                        "SELECT compliance, method, assessed_on, updated_on, feedback_email, disproportionate_burden::text AS b, out_of_scope::text AS o "
                                + "FROM site_accessibility_statement WHERE id = 1")
                .query()
                .singleRow();
    }

    private List<Map<String, Object>> auditBy(PortalUser who) {
        return jdbc.sql(
                        "SELECT action, actor_kind, actor_id, actor_name, entity_type, entity_id, before_state::text AS before, after_state::text AS after "
                                + "FROM audit_log WHERE actor_name = :u ORDER BY id")
                .param("u", who.username())
                .query()
                .listOfRows();
    }

    private static List<String> errorSummaryLinks(Document page) {
        Element summary = page.selectFirst(".error-summary");
        assertThat(summary).as("error summary").isNotNull();
        return summary.select("a").eachAttr("href");
    }

    /** Every link of the error summary points at an input that exists on the page. */
    private static void summaryLinksResolve(Document page) {
        for (String href : errorSummaryLinks(page)) {
            assertThat(page.getElementById(href.substring(1)))
                    .as("target of " + href)
                    .isNotNull();
        }
    }

    // ---- the public statement ------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Lang.class)
    void thePublicStatementHoldsEveryElementDiggRequires(Lang lang) throws Exception {
        String email = "tillganglighet-" + marker() + "@overtornea.se";
        LocalDate assessed = today.minusDays(40);
        String marker = marker();
        mvc.perform(update(communicator, "PARTIAL", "EXTERNAL_AUDIT", assessed.toString(), email)
                        .param("outOfScope[sv]", "Sändningar före 2020 " + marker))
                .andExpect(status().isFound());
        MockHttpServletRequestBuilder newIssue = addIssue(communicator)
                .param("description[sv]", "Kartan saknar textalternativ " + marker)
                .param("wcagCriteria", "1.1.1, 1.4.3")
                .param("plannedFix", today.plusMonths(3).toString());
        if (lang != Lang.SV) {
            newIssue.param("description[" + lang.code() + "]", "Translated " + lang.code() + " " + marker);
        }
        mvc.perform(newIssue).andExpect(status().isFound());
        DateFormats format = new DateFormats(lang);
        try {
            Document page = publicPage(lang);
            String text = page.text();
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo(lang.code());
            assertThat(page.selectFirst("h1").text()).isEqualTo(messages.get(lang, "site.accessibility.title"));
            // 1. Who is responsible, and for which site.
            assertThat(page.selectFirst("main").text())
                    .contains(se.bygdeportalen.platform.PlatformProperties.Municipality.text(
                                    properties.municipality().name())
                            .in(lang)
                            .text())
                    .contains(properties.baseUrl() + "/");
            // 2. Compliance status.
            assertThat(text).contains(messages.get(lang, "site.accessibility.compliance.PARTIAL"));
            // 3. Content that is not accessible, with the WCAG success criteria it fails and when it is to be fixed.
            Element issue = page.select("main li").stream()
                    .filter(li -> li.text().contains(marker))
                    .findFirst()
                    .orElseThrow();
            assertThat(page.getElementById("issues")).isNotNull();
            assertThat(issue.text())
                    .contains(
                            lang == Lang.SV
                                    ? "Kartan saknar textalternativ " + marker
                                    : "Translated " + lang.code() + " " + marker)
                    .contains("1.1.1, 1.4.3")
                    .contains(messages.get(lang, "site.accessibility.issues.criteria", "1.1.1, 1.4.3"))
                    .contains(format.date(today.plusMonths(3)));
            // 4. Content outside the law, here only in Swedish and marked so.
            assertThat(text).contains(messages.get(lang, "site.accessibility.outOfScope.title"));
            Element outOfScope = page.select("main p").stream()
                    .filter(p -> p.text().contains("Sändningar före 2020 " + marker))
                    .findFirst()
                    .orElseThrow();
            assertThat(outOfScope.attr("lang")).isEqualTo(lang == Lang.SV ? "" : "sv");
            // 5. How to report problems: the feedback address and the municipality's phone.
            assertThat(page.select("a[href='mailto:" + email + "']")).hasSize(1);
            assertThat(text).contains(properties.municipality().phone());
            // 6. The enforcement procedure: Digg's report form.
            assertThat(page.select("a[href='" + DIGG + "']")).hasSize(1);
            // 7. How the site was assessed, and when.
            assertThat(text)
                    .contains(messages.get(lang, "site.accessibility.method.EXTERNAL_AUDIT", format.date(assessed)));
            // 8. When the statement was last updated.
            assertThat(text).contains(messages.get(lang, "site.accessibility.updated", format.date(today)));
            if (lang == Lang.SV) {
                assertThat(text)
                        .contains(
                                "Övertorneå kommun",
                                "delvis förenlig med lagen om tillgänglighet till digital offentlig service",
                                "Brister mot WCAG 1.1.1, 1.4.3.",
                                "En extern granskare har testat webbplatsen",
                                "Anmäl till Digg");
            }
        } finally {
            mvc.perform(post("/admin/tillganglighet/brister/" + issueId(marker) + "/ta-bort")
                            .with(csrf())
                            .with(TestStaff.as(communicator)))
                    .andExpect(status().isFound());
        }
    }

    // ---- communicators update the statement ----------------------------------------------------

    @Test
    void aCommunicatorUpdatesTheComplianceAndTheChangeIsAudited() throws Exception {
        PortalUser other = staff.create(Role.COMMUNICATOR);
        String email = "synpunkter-" + marker() + "@overtornea.se";
        mvc.perform(update(
                        other, "PARTIAL", "SELF_ASSESSMENT", today.minusDays(10).toString(), email))
                .andExpect(status().isFound());
        assertThat(publicPage(Lang.SV).text()).contains("Webbplatsen är delvis förenlig");

        mvc.perform(update(
                        communicator,
                        "FULL",
                        "SELF_ASSESSMENT",
                        today.minusDays(10).toString(),
                        email))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/tillganglighet?sparat"));

        String page = publicPage(Lang.SV).text();
        assertThat(page)
                .contains("Webbplatsen är helt förenlig med lagen om tillgänglighet till digital offentlig service.")
                .doesNotContain("Webbplatsen är delvis förenlig");
        assertThat(publicPage(Lang.FIT).text()).contains(messages.get(Lang.FIT, "site.accessibility.compliance.FULL"));
        assertThat(statementRow()).containsEntry("compliance", "FULL");

        List<Map<String, Object>> audit = auditBy(communicator);
        assertThat(audit).hasSize(1);
        Map<String, Object> row = audit.get(0);
        assertThat(row)
                .containsEntry("action", "site.accessibility.updated")
                .containsEntry("actor_kind", "staff")
                .containsEntry("actor_id", communicator.id())
                .containsEntry("actor_name", communicator.username())
                .containsEntry("entity_type", "accessibility_statement");
        assertThat((String) row.get("before"))
                .contains("\"compliance\"")
                .contains("PARTIAL")
                .doesNotContain("feedbackEmail");
        assertThat((String) row.get("after")).contains("\"compliance\"").contains("FULL");

        // The admin page confirms the save and offers the public statement.
        Document admin = Jsoup.parse(body(
                mvc.perform(get("/admin/tillganglighet").param("sparat", "").with(TestStaff.as(communicator)))
                        .andExpect(status().isOk())
                        .andReturn()));
        assertThat(admin.getElementById("saved-title")).isNotNull();
        assertThat(admin.select(".banner a[href='/sv/tillganglighet']")).hasSize(1);
        assertThat(admin.selectFirst("input[name=compliance][value=FULL]").hasAttr("checked"))
                .isTrue();
    }

    @Test
    void theStatementsOwnTextsAreOptionalButSavedPerLanguage() throws Exception {
        String marker = marker();
        mvc.perform(update(communicator, "PARTIAL", "SELF_ASSESSMENT", today.toString(), "kommun@overtornea.se")
                        .param("disproportionateBurden[sv]", "Oskäligt " + marker)
                        .param("disproportionateBurden[fit]", "Kohtuuton " + marker)
                        .param("outOfScope[sv]", "")
                        .param("outOfScope[fi]", " "))
                .andExpect(status().isFound());
        assertThat((String) statementRow().get("b"))
                .contains("Oskäligt " + marker)
                .contains("\"fit\"");
        assertThat(statementRow().get("o")).isNull();
        Document fit = publicPage(Lang.FIT);
        assertThat(fit.text())
                .contains("Kohtuuton " + marker)
                .doesNotContain("Oskäligt " + marker)
                .doesNotContain(messages.get(Lang.FIT, "site.accessibility.outOfScope.title"));
        Document fi = publicPage(Lang.FI);
        Element burden = fi.select("main p").stream()
                .filter(p -> p.text().contains("Oskäligt " + marker))
                .findFirst()
                .orElseThrow();
        assertThat(burden.attr("lang")).isEqualTo("sv");
    }

    @Test
    void anIssueWithoutSwedishIsRefusedWithALinkToTheSwedishField() throws Exception {
        String marker = marker();
        int before = issueCount();

        MvcResult result = mvc.perform(addIssue(communicator)
                        .param("description[fi]", "Kartta " + marker)
                        .param("description[en]", "Map " + marker)
                        .param("wcagCriteria", "1.1.1"))
                .andExpect(status().isBadRequest())
                .andReturn();

        Document page = Jsoup.parse(body(result));
        assertThat(errorSummaryLinks(page)).containsExactly("#f-description-sv-");
        summaryLinksResolve(page);
        assertThat(page.selectFirst(".error-summary").text())
                .contains(messages.get(Lang.SV, "validation.translatable.swedishRequired"));
        assertThat(page.title()).startsWith(messages.get(Lang.SV, "layout.titleErrorPrefix"));
        // What was typed is kept, so nothing has to be written again.
        assertThat(page.getElementById("f-description-fi-").text()).isEqualTo("Kartta " + marker);
        assertThat(page.getElementById("f-description-sv-").attr("aria-invalid"))
                .isEqualTo("true");
        assertThat(issuesWith(marker)).isZero();
        assertThat(issueCount()).isEqualTo(before);
        assertThat(auditBy(communicator)).isEmpty();
    }

    @Test
    void anIssueInSwedishOnlyIsShownMarkedAsSwedishOnTheFinnishPage() throws Exception {
        String marker = marker();
        mvc.perform(addIssue(communicator)
                        .param("description[sv]", "  Formuläret saknar etiketter " + marker + "  ")
                        .param("description[fi]", "")
                        .param("wcagCriteria", " 1.3.1 ,3.3.2 "))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/tillganglighet?sparat#issues"));
        long id = issueId(marker);
        try {
            Element fi = publicPage(Lang.FI).select("main li").stream()
                    .filter(li -> li.text().contains(marker))
                    .findFirst()
                    .orElseThrow();
            Element text = fi.select("[lang]").stream()
                    .filter(e -> e.text().contains(marker))
                    .findFirst()
                    .orElseThrow();
            assertThat(text.attr("lang")).isEqualTo("sv");
            assertThat(text.text()).isEqualTo("Formuläret saknar etiketter " + marker);
            assertThat(fi.text()).contains(messages.get(Lang.FI, "site.accessibility.issues.criteria", "1.3.1, 3.3.2"));

            Element sv = publicPage(Lang.SV).select("main li").stream()
                    .filter(li -> li.text().contains(marker))
                    .findFirst()
                    .orElseThrow();
            assertThat(sv.select("[lang]"))
                    .as("no lang attribute where the text is in the page's language")
                    .isEmpty();

            assertThat(auditBy(communicator)).singleElement().satisfies(row -> {
                assertThat(row)
                        .containsEntry("action", "site.accessibility.issue-added")
                        .containsEntry("entity_id", String.valueOf(id));
                assertThat((String) row.get("after")).contains(marker);
            });
        } finally {
            mvc.perform(post("/admin/tillganglighet/brister/" + id + "/ta-bort")
                            .with(csrf())
                            .with(TestStaff.as(communicator)))
                    .andExpect(status().isFound());
        }
    }

    @Test
    void aFutureAssessmentDateIsRefused() throws Exception {
        mvc.perform(update(
                        communicator,
                        "PARTIAL",
                        "SELF_ASSESSMENT",
                        today.minusDays(3).toString(),
                        "kommun@overtornea.se"))
                .andExpect(status().isFound());
        PortalUser tries = staff.create(Role.COMMUNICATOR);
        Map<String, Object> before = statementRow();

        MvcResult result = mvc.perform(update(
                        tries, "NONE", "SELF_ASSESSMENT", today.plusDays(1).toString(), "kommun@overtornea.se"))
                .andExpect(status().isBadRequest())
                .andReturn();

        Document page = Jsoup.parse(body(result));
        assertThat(errorSummaryLinks(page)).containsExactly("#f-assessedOn");
        summaryLinksResolve(page);
        assertThat(page.selectFirst(".error-summary").text())
                .contains(messages.get(Lang.SV, "site.accessibility.form.assessedOn.future"));
        assertThat(statementRow()).isEqualTo(before);
        assertThat(auditBy(tries)).isEmpty();
        assertThat(publicPage(Lang.SV).text()).doesNotContain("Webbplatsen är inte förenlig");

        // Today is not the future.
        mvc.perform(update(tries, "PARTIAL", "SELF_ASSESSMENT", today.toString(), "kommun@overtornea.se"))
                .andExpect(status().isFound());
    }

    @Test
    void garbageInTheStatementFormGivesFieldErrorsNeverAServerError() throws Exception {
        mvc.perform(update(
                        communicator,
                        "PARTIAL",
                        "SELF_ASSESSMENT",
                        today.minusDays(3).toString(),
                        "kommun@overtornea.se"))
                .andExpect(status().isFound());
        PortalUser tries = staff.create(Role.COMMUNICATOR);
        Map<String, Object> before = statementRow();

        MvcResult result = mvc.perform(update(tries, "FOO", "BAR", "notadate", "not an e-mail address"))
                .andExpect(status().isBadRequest())
                .andReturn();
        Document page = Jsoup.parse(body(result));
        assertThat(errorSummaryLinks(page))
                .containsExactly("#f-compliance", "#f-method", "#f-assessedOn", "#f-feedbackEmail");
        summaryLinksResolve(page);
        assertThat(page.selectFirst(".error-summary").text())
                .contains(messages.get(Lang.SV, "site.accessibility.form.assessedOn.typeMismatch"))
                .contains(messages.get(Lang.SV, "site.accessibility.form.compliance.NotNull"));
        assertThat(page.select(".field-error")).hasSizeGreaterThanOrEqualTo(4);

        List<MockHttpServletRequestBuilder> more = List.of(
                post("/admin/tillganglighet").with(csrf()).with(TestStaff.as(tries)),
                update(tries, "full", "self_assessment", "2026-02-30", "kommun@overtornea.se"),
                update(tries, "FULL", "SELF_ASSESSMENT", "26.11.2026", "kommun@overtornea.se"),
                update(tries, "FULL", "SELF_ASSESSMENT", "0000-00-00", ""),
                update(tries, "FULL", "SELF_ASSESSMENT", "-999999999-01-01", "a@b.se")
                        .param("outOfScope[fi]", "Vain suomeksi"),
                update(tries, "FULL", "SELF_ASSESSMENT", today.toString(), "a@b.se")
                        .param("disproportionateBurden[sv]", "x".repeat(4001)),
                update(tries, "FULL", "SELF_ASSESSMENT", today.toString(), "x".repeat(250) + "@b.se"));
        for (MockHttpServletRequestBuilder request : more) {
            MvcResult r = mvc.perform(request).andReturn();
            assertThat(r.getResponse().getStatus()).as(request.toString()).isEqualTo(400);
            summaryLinksResolve(Jsoup.parse(body(r)));
        }
        assertThat(statementRow()).isEqualTo(before);
        assertThat(auditBy(tries)).isEmpty();
    }

    @Test
    void garbageInTheIssueFormGivesFieldErrorsNeverAServerError() throws Exception {
        String marker = marker();
        int before = issueCount();
        List<MockHttpServletRequestBuilder> requests = List.of(
                addIssue(communicator),
                addIssue(communicator).param("description[sv]", marker).param("wcagCriteria", "abc"),
                addIssue(communicator)
                        .param("description[sv]", marker)
                        .param("wcagCriteria", "1.1.1")
                        .param("plannedFix", "notadate"),
                addIssue(communicator)
                        .param("description[sv]", marker)
                        .param("wcagCriteria", "1.1.1; DROP TABLE site_accessibility_issue"),
                addIssue(communicator)
                        .param("description[sv]", marker + "x".repeat(2001))
                        .param("wcagCriteria", "1.1.1"),
                addIssue(communicator).param("description[sv]", "   ").param("wcagCriteria", "1.1.1"),
                addIssue(communicator)
                        .param("description[sv]", marker)
                        .param("wcagCriteria", "1.1.1, ".repeat(30) + "1.1.1"));
        for (MockHttpServletRequestBuilder request : requests) {
            MvcResult r = mvc.perform(request).andReturn();
            assertThat(r.getResponse().getStatus()).as(request.toString()).isEqualTo(400);
            Document page = Jsoup.parse(body(r));
            assertThat(errorSummaryLinks(page)).isNotEmpty();
            summaryLinksResolve(page);
        }
        MvcResult r = mvc.perform(addIssue(communicator)
                        .param("description[sv]", marker)
                        .param("wcagCriteria", "abc")
                        .param("plannedFix", "31.12.2026"))
                .andExpect(status().isBadRequest())
                .andReturn();
        assertThat(errorSummaryLinks(Jsoup.parse(body(r)))).containsExactly("#f-wcagCriteria", "#f-plannedFix");
        assertThat(issuesWith(marker)).isZero();
        assertThat(issueCount()).isEqualTo(before);
        assertThat(auditBy(communicator)).isEmpty();
    }

    /** The status a real server would answer: an exception escaping MockMvc is a 500 error page there. */
    private int statusOf(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse().getStatus();
        } catch (Exception escaped) {
            return 500;
        }
    }

    @Test
    void anAssessmentDateBeforeTheWebExistedIsRefused() throws Exception {
        mvc.perform(update(
                        communicator,
                        "PARTIAL",
                        "SELF_ASSESSMENT",
                        today.minusDays(3).toString(),
                        "kommun@overtornea.se"))
                .andExpect(status().isFound());
        PortalUser tries = staff.create(Role.COMMUNICATOR);
        Map<String, Object> before = statementRow();
        try {
            for (String date : List.of("-0044-03-15", "0000-01-01", "0001-01-01", "1899-12-31")) {
                MvcResult result = mvc.perform(update(tries, "FULL", "SELF_ASSESSMENT", date, "kommun@overtornea.se"))
                        .andReturn();
                assertThat(result.getResponse().getStatus())
                        .as("assessed on " + date)
                        .isEqualTo(400);
                assertThat(errorSummaryLinks(Jsoup.parse(body(result))))
                        .as("assessed on " + date)
                        .containsExactly("#f-assessedOn");
            }
            assertThat(statementRow()).isEqualTo(before);
            assertThat(auditBy(tries)).isEmpty();
        } finally {
            mvc.perform(update(
                    communicator,
                    "PARTIAL",
                    "SELF_ASSESSMENT",
                    today.minusDays(3).toString(),
                    "kommun@overtornea.se"));
        }
        // A real date of the DOS-law era is accepted.
        mvc.perform(update(tries, "PARTIAL", "SELF_ASSESSMENT", "2019-09-23", "kommun@overtornea.se"))
                .andExpect(status().isFound());
        assertThat(publicPage(Lang.SV).text()).contains("Senaste bedömningen gjordes 23 september 2019.");
    }

    @Test
    void aNulCharacterInATextIsRefusedOrRemovedNeverAServerError() throws Exception {
        String marker = marker();
        int before = issueCount();
        int status = statusOf(addIssue(communicator)
                .param("description[sv]", "Inklistrad\0text " + marker)
                .param("wcagCriteria", "1.1.1"));
        assertThat(status).as("an issue whose text holds U+0000").isIn(302, 400);
        if (status == 302) {
            long id = issueId(marker);
            assertThat(jdbc.sql("SELECT description ->> 'sv' FROM site_accessibility_issue WHERE id = :id")
                            .param("id", id)
                            .query(String.class)
                            .single())
                    .doesNotContain("\0");
            mvc.perform(post("/admin/tillganglighet/brister/" + id + "/ta-bort")
                    .with(csrf())
                    .with(TestStaff.as(communicator)));
        } else {
            assertThat(issueCount()).isEqualTo(before);
        }
        int statement =
                statusOf(update(communicator, "PARTIAL", "SELF_ASSESSMENT", today.toString(), "kommun@overtornea.se")
                        .param("disproportionateBurden[sv]", "Inklistrad\0text " + marker));
        assertThat(statement).as("a statement text holding U+0000").isIn(302, 400);
    }

    @Test
    void tamperedFormsAreABadRequestNeverAServerError() throws Exception {
        String marker = marker();
        Map<String, Object> before = statementRow();
        int issues = issueCount();
        Map<String, MockHttpServletRequestBuilder> requests = new java.util.LinkedHashMap<>();
        requests.put(
                "a text map sent as one value",
                addIssue(communicator).param("description", marker).param("wcagCriteria", "1.1.1"));
        requests.put(
                "a statement text map sent as one value",
                update(communicator, "FULL", "SELF_ASSESSMENT", today.toString(), "a@b.se")
                        .param("disproportionateBurden", marker));
        requests.put(
                "a nested key",
                addIssue(communicator).param("description[sv][x]", marker).param("wcagCriteria", "1.1.1"));
        requests.put(
                "an unclosed key",
                addIssue(communicator).param("description[", marker).param("wcagCriteria", "1.1.1"));
        requests.put(
                "a dotted key",
                addIssue(communicator).param("description.sv", marker).param("wcagCriteria", "1.1.1"));
        List<String> problems = new java.util.ArrayList<>();
        requests.forEach((what, request) -> {
            int status = statusOf(request);
            if (status != 400) {
                problems.add(what + ": " + status);
            }
        });
        assertThat(problems)
                .as("tampered forms answered with something else than 400")
                .isEmpty();
        assertThat(issuesWith(marker)).isZero();
        assertThat(issueCount()).isEqualTo(issues);
        assertThat(statementRow()).isEqualTo(before);
    }

    @Test
    void aModeratorMayNotChangeTheStatement() throws Exception {
        PortalUser moderator = staff.create(Role.MODERATOR);
        String marker = marker();
        mvc.perform(addIssue(communicator)
                        .param("description[sv]", "Finns " + marker)
                        .param("wcagCriteria", "2.4.7"))
                .andExpect(status().isFound());
        long id = issueId(marker);
        Map<String, Object> before = statementRow();
        int issues = issueCount();

        mvc.perform(get("/admin/tillganglighet").with(TestStaff.as(moderator))).andExpect(status().isForbidden());
        mvc.perform(update(moderator, "NONE", "SELF_ASSESSMENT", today.toString(), "moderator@overtornea.se"))
                .andExpect(status().isForbidden());
        mvc.perform(addIssue(moderator)
                        .param("description[sv]", "Moderator " + marker)
                        .param("wcagCriteria", "1.1.1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/tillganglighet/brister/" + id + "/ta-bort")
                        .with(csrf())
                        .with(TestStaff.as(moderator)))
                .andExpect(status().isForbidden());

        assertThat(statementRow()).isEqualTo(before);
        assertThat(issueCount()).isEqualTo(issues);
        assertThat(issuesWith(marker)).isEqualTo(1);
        assertThat(auditBy(moderator)).isEmpty();
        // Nor may anyone without a sign-in, or without the form's CSRF token.
        mvc.perform(post("/admin/tillganglighet").with(csrf()).param("compliance", "NONE"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/tillganglighet")
                        .with(TestStaff.as(communicator))
                        .param("compliance", "NONE"))
                .andExpect(status().isForbidden());
        assertThat(statementRow()).isEqualTo(before);

        mvc.perform(post("/admin/tillganglighet/brister/" + id + "/ta-bort")
                        .with(csrf())
                        .with(TestStaff.as(communicator)))
                .andExpect(status().isFound());
    }

    @Test
    void removingAnIssueIsAuditedAndTheIssueDisappears() throws Exception {
        String marker = marker();
        mvc.perform(addIssue(communicator)
                        .param("description[sv]", "Videon saknar undertexter " + marker)
                        .param("wcagCriteria", "1.2.2"))
                .andExpect(status().isFound());
        long id = issueId(marker);
        assertThat(publicPage(Lang.SV).text()).contains(marker);
        PortalUser remover = staff.create(Role.COMMUNICATOR);

        mvc.perform(post("/admin/tillganglighet/brister/" + id + "/ta-bort")
                        .with(csrf())
                        .with(TestStaff.as(remover)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/tillganglighet?sparat#issues"));

        assertThat(issuesWith(marker)).isZero();
        assertThat(publicPage(Lang.SV).text()).doesNotContain(marker);
        assertThat(publicPage(Lang.EN).text()).doesNotContain(marker);
        assertThat(statementRow().get("updated_on").toString()).isEqualTo(today.toString());
        assertThat(auditBy(remover)).singleElement().satisfies(row -> {
            assertThat(row)
                    .containsEntry("action", "site.accessibility.issue-removed")
                    .containsEntry("entity_type", "accessibility_issue")
                    .containsEntry("entity_id", String.valueOf(id))
                    .containsEntry("actor_name", remover.username());
            assertThat((String) row.get("before")).contains(marker).contains("1.2.2");
            assertThat(row.get("after")).isNull();
        });

        // Removing it again, or an issue that never existed, is a 404 and writes nothing.
        mvc.perform(post("/admin/tillganglighet/brister/" + id + "/ta-bort")
                        .with(csrf())
                        .with(TestStaff.as(remover)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/tillganglighet/brister/999999999/ta-bort")
                        .with(csrf())
                        .with(TestStaff.as(remover)))
                .andExpect(status().isNotFound());
        assertThat(auditBy(remover)).hasSize(1);
    }
}
