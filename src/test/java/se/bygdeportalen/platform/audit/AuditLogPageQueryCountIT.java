package se.bygdeportalen.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
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
 * Pages that list rows run a fixed number of SQL statements however many rows there are (no N+1):
 * the audit log, the staff list and the public organisation page. Each page is opened once before
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
    void theAuditLogRunsAsManyStatementsForAThousandRowsAsForTen() {
        String few = "qc-few-" + tag;
        String many = "qc-many-" + tag;
        insertAuditRows(few, 10);
        insertAuditRows(many, 1_000);
        String fewUrl = "/admin/granskningslogg?entityType=" + few;
        String manyUrl = "/admin/granskningslogg?entityType=" + many;
        open(staffPage(fewUrl));

        Counted withTen = count(staffPage(fewUrl));
        Counted withThousand = count(staffPage(manyUrl));
        Counted lastPage = count(staffPage(manyUrl + "&page=20"));

        assertThat(withTen.page().select("table tbody tr a[href^=/admin/granskningslogg/]"))
                .hasSize(10);
        assertThat(withThousand.page().select("table tbody tr a[href^=/admin/granskningslogg/]"))
                .hasSize(AuditQuery.PAGE_SIZE);
        assertThat(lastPage.page().select("table tbody tr a[href^=/admin/granskningslogg/]"))
                .hasSize(AuditQuery.PAGE_SIZE);
        assertThat(withThousand.page().select("table caption").text()).containsPattern("1\\D?000");
        assertThat(withTen.statements())
                .as("the counter sees the page's queries")
                .isPositive();
        assertThat(withThousand.statements())
                .as("statements with 1,000 rows vs 10")
                .isEqualTo(withTen.statements());
        assertThat(lastPage.statements())
                .as("statements on the last of 20 pages")
                .isEqualTo(withTen.statements());
    }

    @Test
    void theAuditLogFilteredByActionAndActorRunsAFixedNumberOfStatements() {
        String type = "qc-filter-" + tag;
        insertAuditRows(type, 10);
        open(filtered(type));
        Counted withTen = count(filtered(type));
        insertAuditRows(type, 990);
        Counted withThousand = count(filtered(type));

        assertThat(withTen.page().select("table tbody tr a[href^=/admin/granskningslogg/]"))
                .hasSize(10);
        assertThat(withThousand.page().select("table tbody tr a[href^=/admin/granskningslogg/]"))
                .hasSize(AuditQuery.PAGE_SIZE);
        assertThat(withThousand.statements()).isEqualTo(withTen.statements()).isPositive();
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
                SELECT timestamptz '2001-01-01 12:00+00' + g * interval '1 minute', 'staff', :actor, 'Actor ' || :tag || ' ' || (g % 7),
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
        return get(path).with(TestStaff.as(admin));
    }

    record Counted(int statements, Document page) {}

    private Counted count(MockHttpServletRequestBuilder request) {
        AtomicReference<Document> page = new AtomicReference<>();
        int statements = QueryCounter.count(() -> page.set(open(request)));
        return new Counted(statements, page.get());
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
