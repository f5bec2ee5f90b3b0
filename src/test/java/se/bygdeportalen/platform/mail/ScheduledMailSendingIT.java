package se.bygdeportalen.platform.mail;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.test.IntegrationTest;

/**
 * The whole way: a committed mail goes out through the platform's scheduler, nobody calls the sender.
 * The context is closed after the class, so its running scheduler neither outlives the tests nor
 * sends into another test's SMTP server.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "bygdeportalen.scheduler.enabled=true",
            "bygdeportalen.scheduler.polling-interval=100ms",
            "bygdeportalen.mail.send-interval=200ms"
        })
@DirtiesContext
class ScheduledMailSendingIT {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MailOutbox mailOutbox;

    @Autowired
    TransactionTemplate tx;

    @Test
    void theSchedulerSendsCommittedMail() {
        String to = "scheduled." + System.nanoTime() + "@example.se";
        tx.executeWithoutResult(status -> mailOutbox.enqueue(
                OutgoingMail.text(to, "Påminnelse", "Sammanträde i morgon.", Lang.SV, "test.reminder")));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> Arrays.stream(greenMail.getReceivedMessages()).anyMatch(m -> {
                    try {
                        return ((InternetAddress) m.getAllRecipients()[0])
                                .getAddress()
                                .equals(to);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }));
    }
}
