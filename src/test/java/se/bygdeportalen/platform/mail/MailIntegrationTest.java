package se.bygdeportalen.platform.mail;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import se.bygdeportalen.test.IntegrationTest;

/**
 * The mail tests' context: SMTP to GreenMail on localhost:3025 (application-test.properties), the
 * scheduler off so that only the test sends (through {@link SendDueMail#send()}), three attempts
 * before a mail is given up and batches of three, so few mails exercise the batching. The property
 * set makes it a context of its own: no other test class writes to its outbox.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(
        properties = {
            "bygdeportalen.scheduler.enabled=false",
            "bygdeportalen.mail.max-attempts=3",
            "bygdeportalen.mail.batch-size=3"
        })
@interface MailIntegrationTest {}
