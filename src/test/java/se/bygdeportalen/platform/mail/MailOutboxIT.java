package se.bygdeportalen.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.mail.internal.MailOutboxRepository;
import se.bygdeportalen.test.TestClock;

@MailIntegrationTest
class MailOutboxIT {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final AtomicInteger RECIPIENTS = new AtomicInteger();

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

    @Autowired
    TestClock clock;

    @BeforeEach
    void emptyOutbox() {
        // This context's outbox is used by the mail tests alone (see MailIntegrationTest), one test at
        // a time; an earlier test's pending mail would otherwise be sent first.
        jdbc.sql("DELETE FROM mail_outbox").update();
    }

    @Test
    void aMailEnqueuedInATransactionThatRollsBackIsNeverSent() {
        String lost = recipient();
        String kept = recipient();
        tx.executeWithoutResult(status -> {
            mailOutbox.enqueue(
                    OutgoingMail.text(lost, "Kvitto", "Ditt förslag har tagits emot.", Lang.SV, "test.receipt"));
            status.setRollbackOnly();
        });
        enqueue(OutgoingMail.text(kept, "Kvitto", "Ditt förslag har tagits emot.", Lang.SV, "test.receipt"));

        assertThat(sender.send()).isEqualTo(1);

        awaitMessagesTo(kept, 1);
        assertThat(messagesTo(lost)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient = :r")
                        .param("r", lost)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void attachmentsTravelWithTheMailAndAHtmlAlternative() throws Exception {
        String to = recipient();
        byte[] pdf = "%PDF-1.7 receipt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        tx.executeWithoutResult(status -> mailOutbox.enqueue(
                new OutgoingMail(
                        to, null, "Kvitto", "Se bilagan.", "<p>Se bilagan.</p>", Lang.SV, "test.receipt", null),
                java.util.List.of(MailAttachment.pdf("kvitto-KS-2026-7.pdf", pdf))));
        assertThat(sender.send()).isEqualTo(1);

        MimeMessage message = awaitMessagesTo(to, 1).getFirst();
        jakarta.mail.internet.MimeMultipart mixed = (jakarta.mail.internet.MimeMultipart) message.getContent();
        assertThat(mixed.getContentType()).startsWith("multipart/mixed");
        assertThat(((jakarta.mail.internet.MimeMultipart) mixed.getBodyPart(0).getContent()).getContentType())
                .startsWith("multipart/alternative");
        assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("kvitto-KS-2026-7.pdf");
        assertThat(mixed.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(pdf);
    }

    @Test
    void badAttachmentsAreRefusedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> MailAttachment.pdf("../etc/passwd", new byte[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailAttachment("a.exe", "application/octet-stream", new byte[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailAttachment.pdf("a.pdf", new byte[0])).isInstanceOf(IllegalArgumentException.class);
        String to = recipient();
        java.util.List<MailAttachment> six =
                java.util.Collections.nCopies(6, MailAttachment.pdf("a.pdf", new byte[] {1}));
        assertThatThrownBy(() -> tx.executeWithoutResult(status ->
                        mailOutbox.enqueue(OutgoingMail.text(to, "Kvitto", "Text", Lang.SV, "test.receipt"), six)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient = :r")
                        .param("r", to)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void enqueueingOutsideATransactionIsRefused() {
        OutgoingMail mail = OutgoingMail.text(recipient(), "Kvitto", "Text", Lang.SV, "test.receipt");
        assertThatThrownBy(() -> mailOutbox.enqueue(mail)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anSmtpOutageDelaysTheMailAndItIsDeliveredOnceWhenTheServerIsBack() throws Exception {
        String to = recipient();
        String body = "Hej Anna!\n\nDitt medborgarförslag om en ny badplats har tagits emot.";
        long id = enqueue(new OutgoingMail(
                to,
                "Anna Lind",
                "Kvitto: ditt förslag (åäö)",
                body,
                "<p>Hej Anna!</p><p>Ditt medborgarförslag om en ny badplats har tagits emot.</p>",
                Lang.SV,
                "proposals.receipt",
                "https://overtornea.se/sv/avregistrera?t=abc123"));
        greenMail.stop();
        Instant beforeAttempt = clock.instant();

        assertThat(sender.send()).isZero();

        OutboxMail waiting = outbox.byId(id).orElseThrow();
        assertThat(waiting.status()).isEqualTo(MailStatus.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.nextAttemptAt()).isAfter(beforeAttempt.plus(Duration.ofSeconds(50)));
        assertThat(waiting.lastError()).isNotBlank().doesNotContain("badplats").doesNotContain(to);

        greenMail.start();
        // Not due yet: the back-off holds even though the server is back.
        assertThat(sender.send()).isZero();
        makeDue(id);

        assertThat(sender.send()).isEqualTo(1);
        assertThat(sender.send()).isZero();

        MimeMessage message = awaitMessagesTo(to, 1).getFirst();
        OutboxMail sent = outbox.byId(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(MailStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.transport()).isEqualTo("smtp");
        assertThat(sent.sentAt()).isNotNull();
        assertThat(sent.nextAttemptAt()).isNull();

        assertThat(message.getSubject()).isEqualTo("Kvitto: ditt förslag (åäö)");
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("noreply@overtornea.se");
        assertThat(from.getPersonal()).isEqualTo("Övertorneå kommun");
        InternetAddress recipient = (InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0];
        assertThat(recipient.getAddress()).isEqualTo(to);
        assertThat(recipient.getPersonal()).isEqualTo("Anna Lind");
        assertThat(message.getHeader("List-Unsubscribe", null))
                .isEqualTo("<https://overtornea.se/sv/avregistrera?t=abc123>");
        assertThat(message.getHeader("Content-Language", null)).isEqualTo("sv");
        assertThat(message.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(message.getContentType()).startsWith("multipart/alternative");
        Multipart parts = (Multipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(normalise((String) text.getContent())).isEqualTo(body);
        assertThat(html.getContentType()).startsWith("text/html");
        assertThat((String) html.getContent())
                .contains("<p>Ditt medborgarförslag om en ny badplats har tagits emot.</p>");
    }

    @Test
    void aPlainMailHasOnlyATextBodyAndNoUnsubscribeHeader() throws Exception {
        String to = recipient();
        enqueue(OutgoingMail.text(to, "Mötet är flyttat", "Sammanträdet börjar kl. 13.00.", Lang.FI, "test.notice"));

        assertThat(sender.send()).isEqualTo(1);

        MimeMessage message = awaitMessagesTo(to, 1).getFirst();
        assertThat(message.getContentType()).startsWith("text/plain");
        assertThat(normalise((String) message.getContent())).isEqualTo("Sammanträdet börjar kl. 13.00.");
        assertThat(message.getHeader("List-Unsubscribe")).isNull();
        assertThat(message.getHeader("Content-Language", null)).isEqualTo("fi");
    }

    @Test
    void aMailIsGivenUpAfterTheLastAttempt() {
        long id = enqueue(OutgoingMail.text(recipient(), "Kvitto", "Text", Lang.SV, "test.receipt"));
        greenMail.stop();

        for (int attempt = 1; attempt <= 3; attempt++) {
            makeDue(id);
            sender.send();
            assertThat(outbox.byId(id).orElseThrow().attempts()).isEqualTo(attempt);
        }

        OutboxMail failed = outbox.byId(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(failed.lastError()).isNotBlank();
        // A given-up mail is never picked up again.
        sender.send();
        assertThat(outbox.byId(id).orElseThrow().attempts()).isEqualTo(3);
    }

    @Test
    void twoConcurrentSendersNeverSendTheSameMailTwice() throws Exception {
        List<String> recipients = new ArrayList<>();
        tx.executeWithoutResult(status -> {
            for (int i = 0; i < 20; i++) {
                String to = recipient();
                recipients.add(to);
                mailOutbox.enqueue(
                        OutgoingMail.text(to, "Nyhetsbrev", "Nytt från kommunen.", Lang.SV, "test.newsletter"));
            }
        });
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Integer>> senders = List.of(
                    CompletableFuture.supplyAsync(() -> sendAfter(start), threads),
                    CompletableFuture.supplyAsync(() -> sendAfter(start), threads));
            int total = senders.stream()
                    .mapToInt(f -> f.orTimeout(60, TimeUnit.SECONDS).join())
                    .sum();
            assertThat(total).isEqualTo(20);
        } finally {
            threads.shutdownNow();
        }

        await().atMost(Duration.ofSeconds(10))
                .until(() -> recipients.stream().allMatch(r -> messagesTo(r).size() == 1));
        assertThat(recipients).allSatisfy(r -> assertThat(messagesTo(r)).hasSize(1));
        assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox WHERE status = 'SENT' AND attempts = 1")
                        .query(Long.class)
                        .single())
                .isEqualTo(20);
    }

    @Test
    void aSenderSkipsAMailAnotherSenderHoldsInsteadOfWaitingForIt() throws Exception {
        String held = recipient();
        String free = recipient();
        long heldId = enqueue(OutgoingMail.text(held, "Kvitto", "Text", Lang.SV, "test.receipt"));
        enqueue(OutgoingMail.text(free, "Kvitto", "Text", Lang.SV, "test.receipt"));

        // Another sender's transaction holds the row lock; this one must neither wait for it nor take it.
        int sentMeanwhile = tx.execute(status -> {
            jdbc.sql("SELECT id FROM mail_outbox WHERE id = :id FOR UPDATE")
                    .param("id", heldId)
                    .query(Long.class)
                    .single();
            return CompletableFuture.supplyAsync(sender::send)
                    .orTimeout(30, TimeUnit.SECONDS)
                    .join();
        });

        assertThat(sentMeanwhile).isEqualTo(1);
        awaitMessagesTo(free, 1);
        assertThat(messagesTo(held)).isEmpty();
        assertThat(sender.send()).isEqualTo(1);
        awaitMessagesTo(held, 1);
    }

    private int sendAfter(CyclicBarrier start) {
        try {
            start.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return sender.send();
    }

    private long enqueue(OutgoingMail mail) {
        return tx.execute(status -> mailOutbox.enqueue(mail));
    }

    private void makeDue(long id) {
        jdbc.sql("UPDATE mail_outbox SET next_attempt_at = :due WHERE id = :id AND status = 'PENDING'")
                .param("due", Timestamp.from(clock.instant().minusSeconds(1)))
                .param("id", id)
                .update();
    }

    /** Unique per test, so a stray mail from another test context can never be mistaken for this one's. */
    private static String recipient() {
        return "resident" + RECIPIENTS.incrementAndGet() + "." + System.nanoTime() + "@example.se";
    }

    static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> isTo(m, address))
                .toList();
    }

    static List<MimeMessage> awaitMessagesTo(String address, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> messagesTo(address).size() >= count);
        List<MimeMessage> messages = messagesTo(address);
        assertThat(messages).hasSize(count);
        return messages;
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getRecipients(MimeMessage.RecipientType.TO);
            return to != null
                    && Arrays.stream(to)
                            .anyMatch(a -> ((InternetAddress) a).getAddress().equals(address));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n").strip();
    }
}
