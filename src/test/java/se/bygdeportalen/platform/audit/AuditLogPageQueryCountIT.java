package se.bygdeportalen.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.bygdeportalen.platform.audit.internal.AuditQuery;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.QueryCounter;
import se.bygdeportalen.test.TestClock;
import se.bygdeportalen.test.TestStaff;

/**
 * Pages that list rows run a fixed number of SQL statements however many rows there are (no N+1, no
 * count or offset over every row): the audit log (keyset-paged with a capped count, ADR 0020), the
 * staff list and the public organisation page. Each page is opened once before
 * counting, so one-off work such as filling a cache is not counted; each count also checks that the
 * page really showed the larger number of rows.
 */
@IntegrationTest
class AuditLogPageQueryCountIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private PortalUser admin;

    @BeforeEach
    void administrator() {
        admin = new TestStaff(jdbc, encoder).create(Role.ADMINISTRATOR);
    }

    @AfterEach
    void removeBulkRows() {
        // The audit log is append-only; its test rows are dated 2001 so they sort after everything else.
        jdbc.sql("DELETE FROM staff_account WHERE username LIKE :p")
                .param("p", "qc" + tag + "%")
                .update();
        jdbc.sql("DELETE FROM organisation_village WHERE slug LIKE :p")
                .param("p", "qc" + tag + "%")
                .update();
    }

    @Test
    void theAuditLogRunsAsManyStatementsForTenThousandRowsAsForTen() {
        String few = "qc-few-" + tag;
        String many = "qc-many-" + tag;
        insertAuditRows(few, 10);
        insertAuditRows(many, 10_000);
        String fewUrl = "/admin/granskningslogg?entityType=" + few;
        String manyUrl = "/admin/granskningslogg?entityType=" + many;
        open(staffPage(fewUrl));

        Counted withTen = count(staffPage(fewUrl));
        Counted withTenThousand = count(staffPage(manyUrl));
        Counted oldPageNumber = count(staffPage(manyUrl + "&page=20"));

        assertThat(entryIds(withTen)).hasSize(10);
        assertThat(entryIds(withTenThousand)).hasSize(AuditQuery.PAGE_SIZE);
        assertThat(entryIds(oldPageNumber)).hasSize(AuditQuery.PAGE_SIZE);
        assertThat(withTen.page().select("table caption").text()).contains("(10)");
        assertThat(withTenThousand.page().select("table caption").text()).containsPattern("fler än 1\\D?000");
        assertThat(withTen.statements())
                .as("the counter sees the page's queries")
                .isPositive();
        assertThat(withTenThousand.statements())
                .as("statements with 10,000 rows vs 10")
                .isEqualTo(withTen.statements());
        assertThat(oldPageNumber.statements()).as("statements on old page 20").isEqualTo(withTen.statements());
        Counted page = withTenThousand;
        for (int i = 2; i <= 6; i++) {
            page = count(staffPage(page.page().select("a[rel=next]").attr("href")));
            assertThat(entryIds(page)).as("page " + i).hasSize(AuditQuery.PAGE_SIZE);
            assertThat(page.statements()).as("statements on page " + i).isEqualTo(withTen.statements());
        }
        Counted back = count(staffPage(page.page().select("a[rel=prev]").attr("href")));
        assertThat(entryIds(back)).hasSize(AuditQuery.PAGE_SIZE);
        assertThat(back.statements()).as("statements going back").isEqualTo(withTen.statements());
    }

    @Test
    void theAuditLogPagesNewestFirstAcrossPageBoundariesAndItsLinksKeepTheFilters() {
        String type = "qc-order-" + tag;
        insertAuditRows(type, 2_000);
        insertAuditRows("qc-other-" + tag, 100);
        MockHttpServletRequestBuilder first = staffPage("/admin/granskningslogg")
                .param("action", "staff.account.updated")
                .param("actor", "actor " + tag + " 3")
                .param("entityType", type)
                .param("from", "2001-01-01")
                .param("to", "2001-01-31");
        List<Long> expected = jdbc.sql("""
                SELECT id FROM audit_log WHERE entity_type = :type AND actor_name = :actor
                ORDER BY occurred_at DESC, id DESC LIMIT 200
                """)
                .param("type", type)
                .param("actor", "Actor " + tag + " 3")
                .query(Long.class)
                .list();
        assertThat(expected)
                .as("rows that share a time, so the id must break ties")
                .hasSize(200);

        Document page1 = open(first);
        assertThat(page1.select("table caption").text()).contains("(286)");
        assertThat(page1.select("a[rel=prev]")).isEmpty();
        String next = page1.select("a[rel=next]").attr("href");
        assertThat(next)
                .startsWith("/admin/granskningslogg?")
                .contains(
                        "action=staff.account.updated",
                        "actor=actor%20" + tag + "%203",
                        "entityType=" + type,
                        "from=2001-01-01",
                        "to=2001-01-31",
                        "after=");
        Document page2 = open(staffPage(next));
        Document page3 = open(staffPage(page2.select("a[rel=next]").attr("href")));
        Document page4 = open(staffPage(page3.select("a[rel=next]").attr("href")));
        List<Long> walked = new ArrayList<>();
        for (Document page : List.of(page1, page2, page3, page4)) {
            walked.addAll(entryIds(page));
            assertThat(page.select("input[name=actor]").attr("value")).isEqualTo("actor " + tag + " 3");
            assertThat(page.select("input[name=from]").attr("value")).isEqualTo("2001-01-01");
        }
        assertThat(walked).isEqualTo(expected);

        assertThat(entryIds(open(staffPage(page3.select("a[rel=prev]").attr("href")))))
                .as("back from page 3")
                .isEqualTo(expected.subList(50, 100));
        assertThat(entryIds(open(first.param("page", "3"))))
                .as("an old page number")
                .isEqualTo(expected.subList(100, 150));
        assertThat(page2.select("li.pagination-first a").attr("href"))
                .doesNotContain("after=")
                .contains("entityType=" + type);
        assertThat(entryIds(open(staffPage(next.replace("entityType=" + type, "entityType=qc-other-" + tag)))))
                .as("a cursor of other filters gives the first page of those: 14 of 100 by actor 3")
                .hasSize(14)
                .doesNotContainAnyElementsOf(expected);
    }

    @Test
    void theStaffListRunsAsManyStatementsForTwoHundredAccountsAsForTen() {
        insertStaff(0, 10);
        open(staffPage("/admin/personal"));
        Counted before = count(staffPage("/admin/personal"));
        int rowsBefore = before.page().select("table tbody tr").size();
        assertThat(rowsBefore).isGreaterThanOrEqualTo(10);

        insertStaff(10, 190);
        Counted after = count(staffPage("/admin/personal"));

        assertThat(after.page().select("table tbody tr")).hasSize(rowsBefore + 190);
        assertThat(after.page().select("table tbody tr th a").eachText())
                .contains("QC " + tag + " 0001", "QC " + tag + " 0200");
        assertThat(before.statements()).isPositive();
        assertThat(after.statements()).as("statements with 190 more accounts").isEqualTo(before.statements());
    }

    @Test
    void theOrganisationPageRunsAsManyStatementsForThreeHundredVillagesAsForFive() {
        insertVillages(0, 5);
        open(get("/fi/organisation"));
        Counted before = count(get("/fi/organisation"));
        int villagesBefore = before.page().select("ul.village-list li").size();
        assertThat(villagesBefore).isGreaterThanOrEqualTo(5);

        insertVillages(5, 295);
        Counted after = count(get("/fi/organisation"));

        assertThat(after.page().select("ul.village-list li")).hasSize(villagesBefore + 295);
        assertThat(before.statements()).isPositive();
        assertThat(after.statements()).as("statements with 295 more villages").isEqualTo(before.statements());
    }

    private MockHttpServletRequestBuilder filtered(String entityType) {
        return staffPage("/admin/granskningslogg")
                .param("action", "staff.account.updated")
                .param("actor", "Actor " + tag)
                .param("entityType", entityType)
                .param("from", "2000-12-31")
                .param("to", "2001-12-31");
    }

    // ---- data ----

    private void insertAuditRows(String entityType, int rows) {
        jdbc.sql("""
                INSERT INTO audit_log (occurred_at, actor_kind, actor_id, actor_name, action, entity_type, entity_id, summary,
                                       before_state, after_state, request_id)
                SELECT timestamptz '2001-01-01 12:00+00' + (g / 3) * interval '1 minute', 'staff', :actor, 'Actor ' || :tag || ' ' || (g % 7),
                       'staff.account.updated', :type, g::text, 'Changed test account ' || g,
                       jsonb_build_object('displayName', 'Before ' || g), jsonb_build_object('displayName', 'After ' || g), 'qc-' || g
                FROM generate_series(1, :n) AS g
                """)
                .param("actor", admin.id())
                .param("tag", tag)
                .param("type", entityType)
                .param("n", rows)
                .update();
    }

    /** Accounts in every state the list shows: active, disabled, locked, must change password, never signed in. */
    private void insertStaff(int from, int count) {
        jdbc.sql("""
                INSERT INTO staff_account (username, display_name, email, roles, enabled, must_change_password, locked_until,
                                           last_login_at, ui_language)
                SELECT 'qc' || :tag || '-' || g, 'QC ' || :tag || ' ' || lpad(g::text, 4, '0'), 'qc' || :tag || '-' || g || '@test.invalid',
                       CASE g % 3 WHEN 0 THEN ARRAY['REGISTRAR'] WHEN 1 THEN ARRAY['ADMINISTRATOR', 'COMMUNICATOR'] ELSE ARRAY['MODERATOR'] END,
                       g % 5 <> 0, g % 7 = 0, CASE WHEN g % 11 = 0 THEN CAST(:now AS timestamptz) + interval '1 hour' END,
                       CASE WHEN g % 2 = 0 THEN CAST(:now AS timestamptz) - g * interval '1 hour' END,
                       (ARRAY['sv', 'fi', 'fit', 'en'])[1 + g % 4]
                FROM generate_series(:from + 1, :from + :n) AS g
                """)
                .param("tag", tag)
                .param("from", from)
                .param("n", count)
                .param("now", Timestamp.from(TestClock.DEFAULT_INSTANT))
                .update();
    }

    /** Villages with and without a Finnish name, so the page marks some as Swedish. */
    private void insertVillages(int from, int count) {
        jdbc.sql("""
                INSERT INTO organisation_village (slug, name)
                SELECT 'qc' || :tag || '-' || g,
                       CASE WHEN g % 2 = 0 THEN jsonb_build_object('sv', 'By ' || :tag || ' ' || g)
                            ELSE jsonb_build_object('sv', 'By ' || :tag || ' ' || g, 'fi', 'Kylä ' || :tag || ' ' || g) END
                FROM generate_series(:from + 1, :from + :n) AS g
                """).param("tag", tag).param("from", from).param("n", count).update();
    }

    // ---- requests ----

    /** Staff pages as the administrator; public pages are opened as an anonymous visitor. */
    private MockHttpServletRequestBuilder staffPage(String path) {
        // As a URI, so that the escapes of a link the page made (%20) are not escaped again.
        return get(URI.create(path)).with(TestStaff.as(admin));
    }

    record Counted(int statements, Document page) {}

    private Counted count(MockHttpServletRequestBuilder request) {
        AtomicReference<Document> page = new AtomicReference<>();
        int statements = QueryCounter.count(() -> page.set(open(request)));
        return new Counted(statements, page.get());
    }

    /** The ids of the entries a page lists, in its order. */
    private static List<Long> entryIds(Counted counted) {
        return entryIds(counted.page());
    }

    private static List<Long> entryIds(Document page) {
        return page.select("table tbody tr a[href^=/admin/granskningslogg/]").stream()
                .map(a -> Long.valueOf(a.attr("href").substring("/admin/granskningslogg/".length())))
                .toList();
    }

    private Document open(MockHttpServletRequestBuilder request) {
        try {
            MockHttpServletResponse response =
                    mvc.perform(request.accept("text/html")).andReturn().getResponse();
            assertThat(response.getStatus()).as("status").isEqualTo(200);
            return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
