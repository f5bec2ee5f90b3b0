package se.bygdeportalen.platform.mail.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.bygdeportalen.platform.api.KeysetPage;
import se.bygdeportalen.platform.api.KeysetRequest;
import se.bygdeportalen.platform.mail.MailAttachment;
import se.bygdeportalen.platform.mail.OutboxMail;
import se.bygdeportalen.platform.mail.internal.MailOutboxRepository;
import se.bygdeportalen.platform.mail.internal.MailTransport;
import se.bygdeportalen.platform.mail.internal.RetryFailedMail;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.security.StaffOnly;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;

/**
 * Administrators watch the outbox (how much mail waits, went out, was given up, and why) and queue
 * given-up mail again. On the demo run they also read the demo inbox: the mail the platform sent.
 */
@Controller
@StaffOnly(Role.ADMINISTRATOR)
public class MailAdminPages {

    public static final String PAGE = "/admin/e-post";
    public static final String DEMO_INBOX = MailTransport.DEMO_INBOX;
    static final int PAGE_SIZE = 20;

    private final MailOutboxRepository outbox;
    private final MailTransport transport;
    private final RetryFailedMail retry;

    MailAdminPages(MailOutboxRepository outbox, MailTransport transport, RetryFailedMail retry) {
        this.outbox = outbox;
        this.transport = transport;
        this.retry = retry;
    }

    /** The counts per status and the given-up mail, keyset-paged with capped counts (ADR 0020). */
    @GetMapping(PAGE)
    String overview(
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String after,
            @RequestParam(required = false) @Nullable String before,
            Model model,
            HttpServletRequest request) {
        KeysetPage<OutboxMail> failed = outbox.failed(
                KeysetRequest.forPage(PAGE, PAGE_SIZE, MailOutboxRepository.LAST_ATTEMPT_FIRST, after, before, page));
        model.addAttribute("counts", outbox.countByStatus());
        model.addAttribute("failed", failed.items());
        model.addAttribute("pages", failed.links(PAGE));
        model.addAttribute("configured", transport.mode() != MailTransport.Mode.NONE);
        model.addAttribute("demo", transport.mode() == MailTransport.Mode.DEMO);
        model.addAttribute("retried", request.getParameter("skickas-igen") != null);
        return "mail/admin";
    }

    @PostMapping(PAGE + "/{id}/skicka-igen")
    String retry(@PathVariable long id, Actor actor) {
        // A mail that is no longer failed (a second click) was already queued: back to the list without news.
        Result result = retry.retryFailedMail(new RetryFailedMail.Command(id), actor);
        return result.isSaved() ? "redirect:" + PAGE + "?skickas-igen" : "redirect:" + PAGE;
    }

    @GetMapping(DEMO_INBOX)
    String demoInbox(
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String after,
            @RequestParam(required = false) @Nullable String before,
            Model model) {
        if (transport.mode() != MailTransport.Mode.DEMO) {
            throw Problem.notFound();
        }
        KeysetPage<OutboxMail> mails = outbox.demoInbox(KeysetRequest.forPage(
                DEMO_INBOX, PAGE_SIZE, MailOutboxRepository.SENT_LAST_FIRST, after, before, page));
        model.addAttribute("mails", mails.items());
        model.addAttribute(
                "attachments",
                outbox.attachmentInfo(mails.items().stream().map(OutboxMail::id).toList()));
        model.addAttribute("pages", mails.links(DEMO_INBOX));
        return "mail/demoInbox";
    }

    /** An attachment of a mail in the demo inbox, as the recipient would open it. */
    @GetMapping(DEMO_INBOX + "/{id}/bilaga/{position}")
    org.springframework.http.ResponseEntity<byte[]> demoAttachment(@PathVariable long id, @PathVariable int position) {
        if (transport.mode() != MailTransport.Mode.DEMO) {
            throw Problem.notFound();
        }
        MailAttachment file = outbox.attachment(id, position).orElseThrow(Problem::notFound);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(file.contentType()))
                .header(
                        "Content-Disposition",
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .body(file.content());
    }
}
