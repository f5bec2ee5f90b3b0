package se.bygdeportalen.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.mail.internal.MailOutboxRepository;
import se.bygdeportalen.platform.mail.web.MailAdminPages;
import se.bygdeportalen.platform.security.PortalAuthentication;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.QueryCounter;

/** The demo run: embedded database and no SMTP server, so mail goes to the demo inbox, keyset-paged. */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"spring.mail.host=", "bygdeportalen.scheduler.enabled=false"})
class DemoInboxIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    MailOutbox mailOutbox;

    @Autowired
    SendDueMail sender;

    @Autowired
    MailOutboxRepository outbox;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sentMailLandsInTheDemoInboxWhereAnAdministratorCanReadIt() throws Exception {
        String subject = "Tack för ditt förslag " + System.nanoTime();
        long id = tx.execute(status -> mailOutbox.enqueue(new OutgoingMail(
                "anna.lind@example.se",
                "Anna Lind",
                subject,
                "Hej Anna!\n\nDitt förslag har fått diarienummer KS 2026/17.\nVi hör av oss.",
                "<p>Hej Anna!</p>",
                Lang.FIT,
                "proposals.receipt",
                null)));

        assertThat(sender.send()).isGreaterThanOrEqualTo(1);

        OutboxMail delivered = outbox.byId(id).orElseThrow();
        assertThat(delivered.status()).isEqualTo(MailStatus.SENT);
        assertThat(delivered.transport()).isEqualTo("demo");

        PortalUser admin = administrator();
        String html = mvc.perform(get(MailAdminPages.DEMO_INBOX).with(authentication(new PortalAuthentication(admin))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);
        var card = page.select("li.card").stream()
                .filter(li -> li.text().contains(subject))
                .findFirst()
                .orElseThrow();
        assertThat(card.selectFirst("h2").attr("lang")).isEqualTo("fit");
        assertThat(card.text())
                .contains(
                        "anna.lind@example.se",
                        "Anna Lind",
                        "proposals.receipt",
                        "Ditt förslag har fått diarienummer KS 2026/17.");
        assertThat(card.select("details p").size()).isGreaterThanOrEqualTo(2);

        String overview = mvc.perform(get(MailAdminPages.PAGE).with(authentication(new PortalAuthentication(admin))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(overview).select("a[href=" + MailAdminPages.DEMO_INBOX + "]"))
                .isNotEmpty();
    }

    /**
     * The demo inbox is keyset-paged, the latest sent first and the id breaking ties: the same rows in
     * the same order across page boundaries, and as many statements for 10,000 mails as for 10 (ADR
     * 0020). The bulk mails are deleted afterwards, as other tests of the class count mails.
     */
    @Test
    void theDemoInboxPagesLatestFirstAndCostsTheSameForTenAndTenThousandMails() {
        String category = "test.inbox-" + System.nanoTime();
        PortalUser admin = administrator();
        // The class's own database: the mails its other tests sent go, so the inbox holds only these.
        jdbc.sql("DELETE FROM mail_outbox").update();
        try {
            insertSent(category, 1, 10);
            open(inbox(admin, MailAdminPages.DEMO_INBOX));
            Counted ten = count(inbox(admin, MailAdminPages.DEMO_INBOX));
            // Latest first: mail g was sent at 12:00 + g/3 minutes, and the later id breaks a tie.
            assertThat(subjects(ten.page())).isEqualTo(subjects(category, 10, 10));
            insertSent(category, 11, 9_990);
            List<String> expected = subjects(category, 10_000, 80);

            Counted first = count(inbox(admin, MailAdminPages.DEMO_INBOX));
            assertThat(first.statements()).as("statements with 10,000 vs 10").isEqualTo(ten.statements());
            assertThat(ten.statements()).isPositive();
            List<String> walked = new ArrayList<>(subjects(first.page()));
            List<Counted> pages = new ArrayList<>(List.of(first));
            for (int i = 2; i <= 4; i++) {
                Counted page = count(inbox(
                        admin, pages.getLast().page().select("a[rel=next]").attr("href")));
                assertThat(page.statements()).as("statements on page " + i).isEqualTo(ten.statements());
                walked.addAll(subjects(page.page()));
                pages.add(page);
            }
            assertThat(walked).isEqualTo(expected);
            Counted back =
                    count(inbox(admin, pages.get(2).page().select("a[rel=prev]").attr("href")));
            assertThat(subjects(back.page())).as("back from page 3").isEqualTo(expected.subList(20, 40));
            assertThat(back.statements()).isEqualTo(ten.statements());
            Counted oldPage = count(inbox(admin, MailAdminPages.DEMO_INBOX + "?page=4"));
            assertThat(subjects(oldPage.page())).as("an old page number").isEqualTo(expected.subList(60, 80));
            assertThat(oldPage.statements()).isEqualTo(ten.statements());
        } finally {
            jdbc.sql("DELETE FROM mail_outbox WHERE category = :c")
                    .param("c", category)
                    .update();
        }
    }

    /** Mails {@code from..from+n-1} sent to the demo inbox, three to a minute of 14 June 2026 so that the id must break ties. */
    private void insertSent(String category, int from, int n) {
        jdbc.sql("""
                INSERT INTO mail_outbox (created_at, category, recipient, subject, body_text, lang, status, attempts,
                                         next_attempt_at, last_attempt_at, transport, sent_at)
                SELECT timestamptz '2026-06-14 00:00+00', :c, 'inbox' || g || '@example.se', 'Inkorg ' || :c || ' ' || g,
                       'Hej!', 'sv', 'SENT', 1, NULL, timestamptz '2026-06-14 12:00+00' + (g / 3) * interval '1 minute',
                       'demo', timestamptz '2026-06-14 12:00+00' + (g / 3) * interval '1 minute'
                FROM generate_series(:from, :from + :n - 1) g
                """).param("c", category).param("from", from).param("n", n).update();
    }

    /** The subjects of mails {@code newest}, {@code newest - 1}, … ({@code n} of them), as {@link #insertSent} names them. */
    private static List<String> subjects(String category, int newest, int n) {
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> "Inkorg " + category + " " + (newest - i))
                .toList();
    }

    private static List<String> subjects(Document page) {
        return page.select("li.card h2").eachText();
    }

    record Counted(int statements, Document page) {}

    private static MockHttpServletRequestBuilder inbox(PortalUser admin, String link) {
        return get(URI.create(link)).with(authentication(new PortalAuthentication(admin)));
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

    private PortalUser administrator() {
        String username = "mail-demo-admin-" + (System.nanoTime() % 1_000_000);
        long id = jdbc.sql(
                        "INSERT INTO staff_account (username, display_name, roles) VALUES (:u, 'Demo Admin', '{ADMINISTRATOR}') RETURNING id")
                .param("u", username)
                .query(Long.class)
                .single();
        return PortalUser.staff(id, username, "Demo Admin", Set.of(Role.ADMINISTRATOR), Lang.SV, false);
    }
}
