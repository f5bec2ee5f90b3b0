package se.bygdeportalen.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.mail.internal.MailOutboxRepository;
import se.bygdeportalen.platform.mail.web.MailAdminPages;
import se.bygdeportalen.platform.security.PortalAuthentication;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.test.IntegrationTest;

/** The demo run: embedded database and no SMTP server, so mail goes to the demo inbox. */
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
