package se.bygdeportalen.platform.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import se.bygdeportalen.platform.PlatformProperties;
import se.bygdeportalen.platform.demo.StartupMessage;
import se.bygdeportalen.platform.mail.MailAttachment;
import se.bygdeportalen.platform.mail.MailOutboxProperties;
import se.bygdeportalen.platform.mail.OutboxMail;

/**
 * Where due mail goes. With {@code spring.mail.host} set: that SMTP server. Without it, on the
 * embedded database (a newcomer's demo run): the demo inbox, which is the outbox itself (a mail
 * "delivered" there is marked sent with transport {@code demo}) and which administrators read at
 * {@value #DEMO_INBOX}. Otherwise (production without a server) nowhere: mail waits in
 * the outbox, unattempted, until a server is configured.
 */
@Component
public class MailTransport {

    /** Where the demo inbox page is; announced at start-up. */
    public static final String DEMO_INBOX = "/admin/e-post/demo-inkorg";

    public enum Mode {
        SMTP,
        DEMO,
        NONE
    }

    private static final Logger log = LoggerFactory.getLogger(MailTransport.class);

    private final Mode mode;
    private final @Nullable JavaMailSender smtp;
    private final @Nullable InternetAddress from;
    private final @Nullable String host;
    private final PlatformProperties platform;
    private final ObjectProvider<StartupMessage> startupMessage;

    public MailTransport(
            ObjectProvider<JavaMailSender> senders,
            Environment env,
            MailOutboxProperties properties,
            PlatformProperties platform,
            ObjectProvider<StartupMessage> startupMessage) {
        this.host = env.getProperty("spring.mail.host");
        this.platform = platform;
        this.startupMessage = startupMessage;
        boolean embedded = se.bygdeportalen.platform.db.EmbeddedDatabase.inUse(env);
        this.smtp = StringUtils.hasText(host) ? senders.getIfAvailable() : null;
        this.mode = smtp != null ? Mode.SMTP : embedded ? Mode.DEMO : Mode.NONE;
        // Checked at start-up, so a bad sender address stops the deployment instead of every mail.
        this.from = mode == Mode.SMTP ? fromAddress(properties.from()) : null;
    }

    public Mode mode() {
        return mode;
    }

    /** The value of the outbox's {@code transport} column for mail this transport delivered. */
    public String name() {
        return mode.name().toLowerCase(Locale.ROOT);
    }

    /** Delivers one mail or throws; a mail is only ever marked sent after this returned. */
    public void deliver(OutboxMail mail, java.util.List<MailAttachment> attachments) {
        switch (mode) {
            case SMTP -> {
                JavaMailSender sender = Objects.requireNonNull(smtp, "SMTP mode is only chosen with a sender");
                sender.send(message(sender, mail, attachments));
            }
            case DEMO -> {
                // Nothing to do: the outbox row, once marked sent, is the demo inbox.
            }
            case NONE -> throw new IllegalStateException("No mail transport is configured");
        }
    }

    private MimeMessage message(JavaMailSender sender, OutboxMail mail, java.util.List<MailAttachment> attachments) {
        try {
            MimeMessage message = sender.createMimeMessage();
            message.setFrom(from);
            message.setRecipient(
                    MimeMessage.RecipientType.TO,
                    mail.recipientName() == null
                            ? new InternetAddress(mail.recipient(), true)
                            : new InternetAddress(mail.recipient(), mail.recipientName(), "UTF-8"));
            message.setSubject(mail.subject(), "UTF-8");
            MimeMultipart alternative = null;
            if (mail.hasHtml()) {
                MimeBodyPart text = new MimeBodyPart();
                text.setText(mail.bodyText(), "UTF-8");
                MimeBodyPart html = new MimeBodyPart();
                html.setText(mail.bodyHtml(), "UTF-8", "html");
                alternative = new MimeMultipart("alternative", text, html);
            }
            if (attachments.isEmpty()) {
                if (alternative != null) {
                    message.setContent(alternative);
                } else {
                    message.setText(mail.bodyText(), "UTF-8");
                }
            } else {
                MimeBodyPart body = new MimeBodyPart();
                if (alternative != null) {
                    body.setContent(alternative);
                } else {
                    body.setText(mail.bodyText(), "UTF-8");
                }
                MimeMultipart mixed = new MimeMultipart("mixed", body);
                for (MailAttachment attachment : attachments) {
                    MimeBodyPart part = new MimeBodyPart();
                    part.setDataHandler(new jakarta.activation.DataHandler(
                            new jakarta.mail.util.ByteArrayDataSource(attachment.content(), attachment.contentType())));
                    part.setFileName(attachment.fileName());
                    part.setDisposition(jakarta.mail.Part.ATTACHMENT);
                    mixed.addBodyPart(part);
                }
                message.setContent(mixed);
            }
            message.setHeader("Content-Language", mail.lang().code());
            // RFC 3834: no out-of-office replies to the platform's own notifications.
            message.setHeader("Auto-Submitted", "auto-generated");
            if (mail.unsubscribeUrl() != null) {
                message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            }
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Could not build mail " + mail.id(), e);
        }
    }

    /** Parses {@code Name <address>}; the name is re-encoded so a non-ASCII name ("Övertorneå") stays valid. */
    public static InternetAddress fromAddress(@Nullable String value) {
        if (!StringUtils.hasText(value)) {
            throw new IllegalStateException("bygdeportalen.mail.from must be set when mail is sent through SMTP");
        }
        try {
            InternetAddress parsed = new InternetAddress(value.strip(), true);
            return parsed.getPersonal() == null
                    ? parsed
                    : new InternetAddress(parsed.getAddress(), parsed.getPersonal(), "UTF-8");
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalStateException("bygdeportalen.mail.from is not a valid address: " + value, e);
        }
    }

    /** Says once, before the application is ready, where mail will go; loudly when it goes nowhere. */
    @EventListener(ApplicationStartedEvent.class)
    public void announce() {
        switch (mode) {
            case SMTP -> log.info("Mail is sent through the SMTP server {}", host);
            case DEMO -> {
                log.info("No SMTP server is configured: mail goes to the demo inbox");
                startupMessage.ifAvailable(message -> message.addAll(
                        List.of("%-26s%s%s".formatted("Demo inbox (sent mail):", platform.baseUrl(), DEMO_INBOX))));
            }
            case NONE ->
                log.warn("No SMTP server is configured (spring.mail.host): mail is kept in the outbox and NOT sent "
                        + "until one is configured and the application restarted");
        }
    }
}
