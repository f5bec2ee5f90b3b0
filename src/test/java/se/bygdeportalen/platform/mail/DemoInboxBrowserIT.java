package se.bygdeportalen.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.mail.web.MailAdminPages;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.test.Browser;
import se.bygdeportalen.test.BrowserTest;
import se.bygdeportalen.test.TestStaff;

/** The demo inbox (demo run, no SMTP server) passes axe in all four languages with a mail in it. */
@BrowserTest
@TestPropertySource(properties = "spring.mail.host=")
class DemoInboxBrowserIT {

    @Autowired
    MailOutbox outbox;

    @Autowired
    SendDueMail sender;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @ParameterizedTest
    @EnumSource(Lang.class)
    void demoInboxIsAccessible(Lang lang, Browser browser) {
        String subject = "Kvitto " + System.nanoTime();
        tx.executeWithoutResult(s -> outbox.enqueue(new OutgoingMail(
                "aino.niemi@example.se",
                "Aino Niemi",
                subject,
                "Hej Aino!\n\nTack för ditt förslag.",
                null,
                lang,
                "platform.test",
                null)));
        sender.send();
        PortalUser admin = new TestStaff(jdbc, encoder).create(lang, Role.ADMINISTRATOR);
        browser.signInAsStaff(admin.username(), TestStaff.PASSWORD);
        browser.open(MailAdminPages.DEMO_INBOX);
        assertThat(browser.page().content()).contains(subject);
        assertThat(browser.page().locator("html").getAttribute("lang")).isEqualTo(lang.code());
        browser.assertAccessible();
    }
}
