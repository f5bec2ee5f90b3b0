package se.bygdeportalen.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class MailRetryRulesTest {

    private final MailOutboxProperties properties = new MailOutboxProperties(
            "noreply@example.se",
            Duration.ofSeconds(15),
            10,
            20,
            Duration.ofMinutes(1),
            Duration.ofHours(6),
            Duration.ofDays(30));

    @Test
    void theDelayDoublesFromOneMinuteUpToSixHours() {
        assertThat(properties.retryDelay(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.retryDelay(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(properties.retryDelay(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(properties.retryDelay(9)).isEqualTo(Duration.ofMinutes(256));
        assertThat(properties.retryDelay(10)).isEqualTo(Duration.ofHours(6));
        assertThat(properties.retryDelay(1000)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void theDefaultsSpanDaysOfOutageBeforeAMailIsGivenUp() {
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < properties.maxAttempts(); attempt++) {
            total = total.plus(properties.retryDelay(attempt));
        }
        assertThat(total).isGreaterThan(Duration.ofDays(2));
    }

    @Test
    void theErrorMasksAddressesAndIsTruncated() {
        MailSendException e = new MailSendException(
                "Failed",
                new MessagingException(
                        "550 5.1.1 <anna.lind@example.se>: Recipient address rejected " + "x".repeat(2000)));
        String error = SendDueMail.describe(e);
        assertThat(error)
                .doesNotContain("anna.lind")
                .contains("[address]")
                .contains("550 5.1.1")
                .hasSizeLessThanOrEqualTo(1000);
    }

    @Test
    void theErrorListsEachCauseOnceWithoutSpringsRepetitions() {
        MailSendException e = new MailSendException(
                "Mail server connection failed",
                new MessagingException(
                        "Couldn't connect to host, port: localhost, 3025", new ConnectException("Connection refused")),
                Map.of("message", new MessagingException("Couldn't connect to host, port: localhost, 3025")));
        assertThat(SendDueMail.describe(e))
                .isEqualTo(
                        "MailSendException: Mail server connection failed"
                                + " / MessagingException: Couldn't connect to host, port: localhost, 3025 / ConnectException: Connection refused");
    }

    @Test
    void aRejectedRecipientIsDescribedFromTheFailedMessage() {
        MailSendException e = new MailSendException(Map.of(
                "message",
                new SendFailedException(
                        "Invalid Addresses",
                        new MessagingException("550 5.1.1 <bo@example.se>: Recipient address rejected"))));
        assertThat(SendDueMail.describe(e))
                .isEqualTo("MailSendException / SendFailedException: Invalid Addresses"
                        + " / MessagingException: 550 5.1.1 <[address]>: Recipient address rejected");
        assertThat(SendDueMail.serverUnreachable(e)).isFalse();
    }

    @Test
    void aRefusedConnectionMeansTheServerIsUnreachableButARejectedRecipientDoesNot() {
        assertThat(SendDueMail.serverUnreachable(new MailSendException(
                        "Mail server connection failed",
                        new MessagingException(
                                "Couldn't connect to host", new ConnectException("Connection refused")))))
                .isTrue();
        assertThat(SendDueMail.serverUnreachable(new MailSendException(
                        "Failed", new MessagingException("550 5.1.1 Recipient address rejected"))))
                .isFalse();
    }
}
