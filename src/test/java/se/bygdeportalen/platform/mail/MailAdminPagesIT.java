package se.bygdeportalen.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.mail.internal.MailOutboxRepository;
import se.bygdeportalen.platform.mail.internal.RetryFailedMail;
import se.bygdeportalen.platform.mail.web.MailAdminPages;
import se.bygdeportalen.platform.security.PortalAuthentication;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.test.QueryCounter;

@MailIntegrationTest
class MailAdminPagesIT {

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    MailOutbox mailOutbox;

    @Autowired
    MailOutboxRepository outbox;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    private PortalUser administrator;
    private PortalUser communicator;
    private long failedId;

    @BeforeEach
    void staffAndAFailedMail() {
        administrator = staff(Role.ADMINISTRATOR);
        communicator = staff(Role.COMMUNICATOR);
        failedId = tx.execute(status -> mailOutbox.enqueue(OutgoingMail.text(
                "resident" + System.nanoTime() + "@example.se",
                "Kvitto på din bokning",
                "Text",
                Lang.SV,
                "test.booking-receipt")));
        jdbc.sql("""
                UPDATE mail_outbox SET status = 'FAILED', attempts = 3, next_attempt_at = NULL, last_attempt_at = now(),
                                       last_error = 'SMTPAddressFailedException: 550 5.1.1 Mailbox unavailable ' || id
                WHERE id = :id
                """).param("id", failedId).update();
    }

    @Test
    void staffWithoutTheAdministratorRoleMayNeitherSeeNorRetry() throws Exception {
        mvc.perform(get("/admin/e-post").with(authentication(new PortalAuthentication(communicator))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/e-post/" + failedId + "/skicka-igen")
                        .with(csrf())
                        .with(authentication(new PortalAuthentication(communicator))))
                .andExpect(status().isForbidden());
        assertThat(outbox.byId(failedId).orElseThrow().status()).isEqualTo(MailStatus.FAILED);
    }

    @Autowired
    RetryFailedMail retryFailedMail;

    /** The outbox holds residents' addresses: the use case refuses everyone but an administrator, whoever calls it. */
    @Test
    void theRetryUseCaseRefusesVisitorsResidentsAndStaffWithoutTheRole() {
        for (Actor actor : List.of(Actor.VISITOR, new Actor.Resident(42), Actor.of(communicator))) {
            HttpStatus expected = actor instanceof Actor.Staff ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND;
            assertThatThrownBy(() -> retryFailedMail.retryFailedMail(new RetryFailedMail.Command(failedId), actor))
                    .as(actor.toString())
                    .isInstanceOfSatisfying(
                            Problem.class, p -> assertThat(p.status()).isEqualTo(expected));
        }
        assertThat(outbox.byId(failedId).orElseThrow().status()).isEqualTo(MailStatus.FAILED);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'mail.outbox.retried' AND entity_id = :id")
                        .param("id", String.valueOf(failedId))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(retryFailedMail
                        .retryFailedMail(new RetryFailedMail.Command(failedId), Actor.of(administrator))
                        .id())
                .isEqualTo(failedId);
        assertThat(retryFailedMail.retryFailedMail(new RetryFailedMail.Command(failedId), Actor.of(administrator)))
                .as("a second retry changes nothing")
                .isInstanceOfSatisfying(
                        Result.Invalid.class, i -> assertThat(i.status()).isEqualTo(409));
    }

    @Test
    void anAdministratorSeesTheFailedMailWithItsError() throws Exception {
        String html = mvc.perform(get("/admin/e-post").with(authentication(new PortalAuthentication(administrator))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        Element form = page.selectFirst("form[action=/admin/e-post/" + failedId + "/skicka-igen]");
        assertThat(form).isNotNull();
        assertThat(form.selectFirst("input[type=hidden][name=_csrf]")).isNotNull();
        Element row = form.closest("tr");
        assertThat(row.text())
                .contains("Kvitto på din bokning", "test.booking-receipt", "550 5.1.1 Mailbox unavailable " + failedId);
        // Not in demo mode: there is no demo inbox.
        mvc.perform(get(MailAdminPages.DEMO_INBOX).with(authentication(new PortalAuthentication(administrator))))
                .andExpect(status().isNotFound());
    }

    @Test
    void retryingQueuesTheMailAgainAndIsAudited() throws Exception {
        mvc.perform(post("/admin/e-post/" + failedId + "/skicka-igen")
                        .with(csrf())
                        .with(authentication(new PortalAuthentication(administrator))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/e-post?skickas-igen"));

        OutboxMail retried = outbox.byId(failedId).orElseThrow();
        assertThat(retried.status()).isEqualTo(MailStatus.PENDING);
        assertThat(retried.attempts()).isZero();
        assertThat(retried.nextAttemptAt()).isNotNull();
        var audit = jdbc.sql(
                        "SELECT actor_kind, actor_id, summary, before_state::text AS b, after_state::text AS a FROM audit_log "
                                + "WHERE action = 'mail.outbox.retried' AND entity_type = 'mail_outbox' AND entity_id = :id")
                .param("id", String.valueOf(failedId))
                .query()
                .listOfRows();
        assertThat(audit).hasSize(1);
        assertThat(audit.getFirst().get("actor_kind")).isEqualTo("staff");
        assertThat(((Number) audit.getFirst().get("actor_id")).longValue()).isEqualTo(administrator.id());
        assertThat((String) audit.getFirst().get("b")).contains("FAILED");
        assertThat((String) audit.getFirst().get("a")).contains("PENDING");
        assertThat((String) audit.getFirst().get("summary")).doesNotContain("@");

        // A second click changes nothing and records nothing.
        mvc.perform(post("/admin/e-post/" + failedId + "/skicka-igen")
                        .with(csrf())
                        .with(authentication(new PortalAuthentication(administrator))))
                .andExpect(redirectedUrl("/admin/e-post"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'mail.outbox.retried' AND entity_id = :id")
                        .param("id", String.valueOf(failedId))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void retryingNeedsTheCsrfTokenAndAnExistingMail() throws Exception {
        mvc.perform(post("/admin/e-post/" + failedId + "/skicka-igen")
                        .with(authentication(new PortalAuthentication(administrator))))
                .andExpect(status().isForbidden());
        assertThat(outbox.byId(failedId).orElseThrow().status()).isEqualTo(MailStatus.FAILED);
        mvc.perform(post("/admin/e-post/999999999/skicka-igen")
                        .with(csrf())
                        .with(authentication(new PortalAuthentication(administrator))))
                .andExpect(status().isNotFound());
    }

    /**
     * The given-up mail is keyset-paged, the latest attempt first and the id breaking ties, with capped
     * counts: a page costs as many statements with 10,000 given-up mails as with 10 (ADR 0020). The bulk
     * mails are deleted afterwards, as other tests of the class count mails.
     */
    @Test
    void theFailedListPagesLatestAttemptFirstAndCostsTheSameForTenAndTenThousandMails() {
        String category = "test.paging-" + System.nanoTime();
        // The class's own database: the mails its other tests gave up go, so the list holds only these.
        jdbc.sql("DELETE FROM mail_outbox").update();
        try {
            insertFailed(category, 1, 10);
            open(overview("/admin/e-post"));
            Counted ten = count(overview("/admin/e-post"));
            assertThat(failedIds(ten.page())).isEqualTo(expectedFailed(category, 10));
            insertFailed(category, 11, 9_990);
            List<Long> expected = expectedFailed(category, 80);

            Counted first = count(overview("/admin/e-post"));
            assertThat(first.page().select("#failed-caption").text()).contains("fler än 1 000");
            assertThat(first.page().select("dl.summary-list").text()).contains("fler än 1 000");
            assertThat(first.page().select("a[rel=prev]")).isEmpty();
            List<Long> walked = new ArrayList<>(failedIds(first.page()));
            List<Counted> pages = new ArrayList<>(List.of(first));
            for (int i = 2; i <= 4; i++) {
                Counted page = count(
                        overview(pages.getLast().page().select("a[rel=next]").attr("href")));
                assertThat(page.statements()).as("statements on page " + i).isEqualTo(ten.statements());
                walked.addAll(failedIds(page.page()));
                pages.add(page);
            }
            assertThat(walked).isEqualTo(expected);
            assertThat(first.statements()).as("statements with 10,000 vs 10").isEqualTo(ten.statements());
            assertThat(ten.statements()).isPositive();

            Counted back =
                    count(overview(pages.get(2).page().select("a[rel=prev]").attr("href")));
            assertThat(failedIds(back.page())).as("back from page 3").isEqualTo(expected.subList(20, 40));
            assertThat(back.statements()).isEqualTo(ten.statements());
            Counted oldPage = count(overview("/admin/e-post?page=3"));
            assertThat(failedIds(oldPage.page())).as("an old page number").isEqualTo(expected.subList(40, 60));
            assertThat(oldPage.statements()).isEqualTo(ten.statements());
        } finally {
            jdbc.sql("DELETE FROM mail_outbox WHERE category = :c")
                    .param("c", category)
                    .update();
        }
    }

    /** Given-up mails {@code from..from+n-1}, three to a minute of 14 June 2026 so that the id must break ties. */
    private void insertFailed(String category, int from, int n) {
        jdbc.sql("""
                INSERT INTO mail_outbox (created_at, category, recipient, subject, body_text, lang, status, attempts,
                                         next_attempt_at, last_attempt_at, last_error)
                SELECT timestamptz '2026-06-14 00:00+00', :c, 'paging' || g || '@example.se', 'Paging ' || g, 'Text', 'sv',
                       'FAILED', 3, NULL, timestamptz '2026-06-14 12:00+00' + (g / 3) * interval '1 minute',
                       'SMTPSendFailedException: 550 ' || g
                FROM generate_series(:from, :from + :n - 1) g
                """).param("c", category).param("from", from).param("n", n).update();
    }

    private List<Long> expectedFailed(String category, int n) {
        return jdbc.sql("""
                SELECT id FROM mail_outbox WHERE category = :c AND status = 'FAILED'
                ORDER BY last_attempt_at DESC, id DESC LIMIT :n
                """)
                .param("c", category)
                .param("n", n)
                .query(Long.class)
                .list();
    }

    private static List<Long> failedIds(Document page) {
        return page.select("form[action$=/skicka-igen]").stream()
                .map(f -> Long.valueOf(f.attr("action").replaceAll("\\D", "")))
                .toList();
    }

    record Counted(int statements, Document page) {}

    private MockHttpServletRequestBuilder overview(String link) {
        return get(URI.create(link)).with(authentication(new PortalAuthentication(administrator)));
    }

    private Counted count(MockHttpServletRequestBuilder request) {
        AtomicReference<Document> page = new AtomicReference<>();
        int statements = QueryCounter.count(() -> page.set(open(request)));
        return new Counted(statements, page.get());
    }

    private Document open(MockHttpServletRequestBuilder request) {
        try {
            var response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private PortalUser staff(Role role) {
        String username = "mail-" + role.name().toLowerCase() + "-" + ACCOUNTS.incrementAndGet() + "-"
                + (System.nanoTime() % 100000);
        long id = jdbc.sql(
                        "INSERT INTO staff_account (username, display_name, roles) VALUES (:u, :n, CAST(:r AS text[])) RETURNING id")
                .param("u", username)
                .param("n", "Test " + role.name())
                .param("r", "{" + role.name() + "}")
                .query(Long.class)
                .single();
        return PortalUser.staff(id, username, "Test " + role.name(), Set.of(role), Lang.SV, false);
    }
}
