package se.bygdeportalen.proposals.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.PlatformProperties;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.pdf.PdfDocument;
import se.bygdeportalen.platform.pdf.PdfRenderer;

/** The receipt as an accessible PDF (PDF/UA), in the proposer's language. */
@Component
public class ProposalReceipt {

    private final PdfRenderer renderer;
    private final Messages messages;
    private final Organisation organisation;
    private final PlatformProperties platform;

    ProposalReceipt(PdfRenderer renderer, Messages messages, Organisation organisation, PlatformProperties platform) {
        this.renderer = renderer;
        this.messages = messages;
        this.organisation = organisation;
        this.platform = platform;
    }

    public byte[] pdf(Proposal p, List<ProposalAttachment> attachments) {
        Lang lang = p.language();
        DateFormats f = new DateFormats(lang);
        var municipality =
                PlatformProperties.Municipality.text(platform.municipality().name());
        String name = municipality == null ? "" : municipality.in(lang).text();
        PdfDocument doc = PdfDocument.start(lang.code(), t(lang, "proposals.receipt.pdfTitle", p.caseNumber()))
                .note(name)
                .heading(1, t(lang, "proposals.receipt.heading"))
                .paragraph(t(lang, "proposals.receipt.thanks"))
                .field(t(lang, "proposals.receipt.caseNumber"), p.caseNumber())
                .field(t(lang, "proposals.receipt.received"), f.dateTime(p.submittedAt()))
                .field(
                        t(lang, "proposals.receipt.proposer"),
                        p.proposerErased() ? t(lang, "proposals.proposer.erased") : p.proposerName())
                .field(
                        t(lang, "proposals.receipt.channel"),
                        t(lang, "proposals.channel." + p.channel().name()))
                .field(t(lang, "proposals.form.title.label"), p.title());
        if (p.category() != null) {
            doc.field(t(lang, "proposals.form.category.label"), t(lang, "proposals.category." + p.category()));
        }
        if (p.villageSlug() != null) {
            doc.field(
                    t(lang, "proposals.form.village.label"),
                    organisation.villages().stream()
                            .filter(v -> v.slug().equals(p.villageSlug()))
                            .map(v -> v.name().in(lang).text())
                            .findFirst()
                            .orElse(p.villageSlug()));
        }
        if (!attachments.isEmpty()) {
            doc.field(
                    t(lang, "proposals.receipt.attachments"),
                    String.join(
                            ", ",
                            attachments.stream()
                                    .map(ProposalAttachment::originalName)
                                    .toList()));
        }
        doc.heading(2, t(lang, "proposals.form.body.label"))
                .paragraph(p.body(), null, true)
                .heading(2, t(lang, "proposals.receipt.nextHeading"))
                .paragraph(t(lang, "proposals.receipt.next", f.date(p.deadline())))
                .paragraph(t(lang, "proposals.publicity.public"))
                .paragraph(t(lang, "proposals.publicity.private"))
                .note(t(lang, "proposals.receipt.footer", platform.baseUrl()));
        return renderer.render(doc.finish());
    }

    private String t(Lang lang, String key, @Nullable Object... args) {
        return messages.get(lang, key, args);
    }
}
