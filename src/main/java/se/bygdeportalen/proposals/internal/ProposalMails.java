package se.bygdeportalen.proposals.internal;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.PlatformProperties;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.mail.MailAttachment;
import se.bygdeportalen.platform.mail.MailOutbox;
import se.bygdeportalen.platform.mail.OutgoingMail;
import se.bygdeportalen.proposals.web.ProposalViews;

/**
 * Writes and enqueues the module's mails, in the recipient's language, always through the outbox and
 * therefore inside the transaction of the change. Status mails carry an unsubscribe link with a fresh
 * token per mail (only its hash is kept).
 */
@Component
public class ProposalMails {

    private final MailOutbox outbox;
    private final Messages messages;
    private final ProposalRepository repository;
    private final PlatformProperties platform;
    private final ProposalsProperties properties;
    private final ProposalViews views;
    private final se.bygdeportalen.platform.identity.StaffDirectory staffDirectory;
    private final ProposalReceipt receipts;

    ProposalMails(
            MailOutbox outbox,
            Messages messages,
            ProposalRepository repository,
            PlatformProperties platform,
            ProposalsProperties properties,
            ProposalViews views,
            se.bygdeportalen.platform.identity.StaffDirectory staffDirectory,
            ProposalReceipt receipts) {
        this.receipts = receipts;
        this.views = views;
        this.staffDirectory = staffDirectory;
        this.outbox = outbox;
        this.messages = messages;
        this.repository = repository;
        this.platform = platform;
        this.properties = properties;
    }

    private String t(Lang lang, String key, @Nullable Object... args) {
        return messages.get(lang, key, args);
    }

    private String url(Lang lang, String path) {
        return platform.baseUrl() + "/" + lang.code() + path;
    }

    private String signature(Lang lang) {
        var name = PlatformProperties.Municipality.text(platform.municipality().name());
        return "\n\n"
                + t(
                        lang,
                        "proposals.mail.signature",
                        name == null ? "" : name.in(lang).text());
    }

    /** The receipt, in the proposer's language, with the PDF receipt attached and linked. */
    public void receipt(Proposal p, String receiptToken) {
        if (p.proposerEmail() == null) {
            return;
        }
        Lang lang = p.language();
        DateFormats f = new DateFormats(lang);
        String body = t(
                        lang,
                        "proposals.mail.receipt.body",
                        p.proposerName(),
                        p.title(),
                        p.caseNumber(),
                        f.dateTime(p.submittedAt()),
                        url(lang, "/medborgarforslag/kvitto/" + receiptToken + ".pdf"))
                + "\n\n" + t(lang, "proposals.mail.receipt.next", f.date(p.deadline()))
                + signature(lang);
        byte[] pdf = receipts.pdf(p, repository.attachments(p.id()));
        outbox.enqueue(
                new OutgoingMail(
                        p.proposerEmail(),
                        p.proposerName(),
                        t(lang, "proposals.mail.receipt.subject", p.caseNumber()),
                        body,
                        null,
                        lang,
                        "proposals.receipt",
                        null),
                List.of(MailAttachment.pdf(
                        "kvitto-" + p.submittedCaseNumber().replaceAll("[^A-Za-z0-9]+", "-") + ".pdf", pdf)));
    }

    /** The e-mail route's confirmation link. */
    public void confirmation(Proposal p, String token) {
        Lang lang = p.language();
        String body = t(
                        lang,
                        "proposals.mail.confirm.body",
                        p.proposerName(),
                        p.title(),
                        url(lang, "/medborgarforslag/bekrafta/" + token),
                        Long.toString(properties.confirmationValidity().toHours()))
                + signature(lang);
        outbox.enqueue(new OutgoingMail(
                Objects.requireNonNull(p.proposerEmail(), "the e-mail route always has an address"),
                p.proposerName(),
                t(lang, "proposals.mail.confirm.subject"),
                body,
                null,
                lang,
                "proposals.confirmation",
                null));
    }

    /** The registrar asked for changes: the proposer gets the message and where to edit. */
    public void amendmentRequested(Proposal p, String message, @Nullable String editToken) {
        if (p.proposerEmail() == null) {
            return;
        }
        Lang lang = p.language();
        String where = editToken == null
                ? url(lang, "/medborgarforslag/mina/" + p.id())
                : url(lang, "/medborgarforslag/andra/" + editToken);
        String body = t(lang, "proposals.mail.amend.body", p.proposerName(), p.title(), p.caseNumber(), message, where)
                + signature(lang);
        outbox.enqueue(new OutgoingMail(
                p.proposerEmail(),
                p.proposerName(),
                t(lang, "proposals.mail.amend.subject", p.caseNumber()),
                body,
                null,
                lang,
                "proposals.amendment",
                null));
    }

    /** A mail only the proposer gets (declined, hidden, redacted, restored), with a reason. */
    public void toProposer(Proposal p, ProposalEventKind kind, @Nullable String reason) {
        if (p.proposerEmail() == null) {
            return;
        }
        Lang lang = p.language();
        String body = t(
                        lang,
                        "proposals.mail.proposer." + kind.name() + ".body",
                        p.proposerName(),
                        p.title(),
                        p.caseNumber(),
                        reason == null ? "" : reason)
                + signature(lang);
        outbox.enqueue(new OutgoingMail(
                p.proposerEmail(),
                p.proposerName(),
                t(lang, "proposals.mail.proposer." + kind.name() + ".subject", p.caseNumber()),
                body,
                null,
                lang,
                "proposals.status",
                null));
    }

    /**
     * A public status change: the proposer and every follower, each in their language, with an
     * unsubscribe link. {@code bodySlug} names the body concerned (referral, answer), {@code detail}
     * is shown below (the answer's text).
     */
    public void statusChanged(Proposal p, ProposalEventKind kind, @Nullable String bodySlug, @Nullable String detail) {
        java.util.Map<Lang, java.util.Map<String, String>> bodyNames = new java.util.EnumMap<>(Lang.class);
        for (ProposalRepository.Subscription s : repository.activeSubscriptions(p.id())) {
            String token = Tokens.random();
            repository.rekey(s.id(), Tokens.hash(token));
            Lang lang = s.language();
            String unsubscribe = url(lang, "/medborgarforslag/avsluta/" + token);
            String intro = "PROPOSER".equals(s.role())
                    ? t(lang, "proposals.mail.status.introProposer", p.title())
                    : t(lang, "proposals.mail.status.introFollower", p.title());
            String what = t(lang, "proposals.event." + kind.name());
            if (bodySlug != null) {
                String name = bodyNames.computeIfAbsent(lang, views::bodyNames).getOrDefault(bodySlug, bodySlug);
                what = what + " " + name + ".";
            }
            String body = intro + "\n\n" + what + (detail == null || detail.isBlank() ? "" : "\n\n" + detail)
                    + "\n\n"
                    + t(
                            lang,
                            "proposals.mail.status.read",
                            url(
                                    lang,
                                    Objects.requireNonNull(
                                            p.path(), "a public status change is of a submitted proposal")))
                    + "\n\n" + t(lang, "proposals.mail.status.unsubscribe", unsubscribe) + signature(lang);
            outbox.enqueue(new OutgoingMail(
                    s.email(),
                    null,
                    t(
                            lang,
                            "proposals.mail.status.subject",
                            p.caseNumber(),
                            t(lang, "proposals.status." + p.status().name())),
                    body,
                    null,
                    lang,
                    "proposals.status",
                    unsubscribe));
        }
    }

    /** To the registry's mailbox (staff): new proposals, resubmissions, reminders, thresholds, reports. */
    public void staff(String kind, Proposal p, @Nullable String extra) {
        java.util.Set<String> to = new java.util.LinkedHashSet<>();
        String registry =
                properties.staffEmail().isBlank() ? platform.municipality().email() : properties.staffEmail();
        if (registry != null && !registry.isBlank()) {
            to.add(registry.strip());
        }
        // Deadline reminders also reach every registrar in person, so they cannot drown in a shared mailbox.
        if (kind.equals("dueSoon") || kind.equals("overdue")) {
            staffDirectory.withRole(se.bygdeportalen.platform.security.Role.REGISTRAR).stream()
                    .map(se.bygdeportalen.platform.identity.StaffDirectory.StaffMember::email)
                    .filter(e -> e != null && !e.isBlank())
                    .forEach(e -> to.add(e.strip()));
        }
        Lang lang = Lang.SV;
        String caseNumber = p.caseNumber() == null ? "–" : p.caseNumber();
        String body = t(
                lang,
                "proposals.mail.staff." + kind + ".body",
                caseNumber,
                p.title(),
                extra == null ? "" : extra,
                platform.baseUrl() + "/admin/medborgarforslag/" + p.id());
        for (String recipient : to) {
            outbox.enqueue(OutgoingMail.text(
                    recipient,
                    t(lang, "proposals.mail.staff." + kind + ".subject", caseNumber),
                    body,
                    lang,
                    "proposals.staff"));
        }
    }

    public static List<String> staffKinds() {
        return List.of("submitted", "resubmitted", "dueSoon", "overdue", "threshold", "reported");
    }
}
