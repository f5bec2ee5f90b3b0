package se.bygdeportalen.proposals.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;
import se.bygdeportalen.platform.identity.ResidentDemographics;
import se.bygdeportalen.platform.validation.IsoDate;
import se.bygdeportalen.platform.validation.OneOf;
import se.bygdeportalen.platform.validation.Parse;
import se.bygdeportalen.platform.validation.SingleLine;
import se.bygdeportalen.platform.validation.WholeNumber;
import se.bygdeportalen.platform.web.Forms;
import se.bygdeportalen.proposals.internal.AmendProposalByLink;
import se.bygdeportalen.proposals.internal.AnswerProposal;
import se.bygdeportalen.proposals.internal.ModerateProposal;
import se.bygdeportalen.proposals.internal.Proposal;
import se.bygdeportalen.proposals.internal.ProposalContent;
import se.bygdeportalen.proposals.internal.ProposalOutcome;
import se.bygdeportalen.proposals.internal.RegisterPaperProposal;
import se.bygdeportalen.proposals.internal.ReportProposal;
import se.bygdeportalen.proposals.internal.SaveProposalDraft;
import se.bygdeportalen.proposals.internal.SubmitProposalByEmail;

/**
 * The proposals module's forms. Every field binds as text, so what was typed is shown again on an
 * error; Bean Validation checks the form and {@code toCommand} turns it into the use case's typed
 * command (ADR 0012). Language, category and village are checked by the use cases, which know the
 * municipality's data.
 */
public final class ProposalForms {

    public static final int TITLE_MAX = 150;
    public static final int BODY_MAX = 10_000;
    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 300;
    public static final int PHONE_MAX = 40;
    public static final int REASON_MAX = 4_000;

    private ProposalForms() {}

    /** A signed-in resident's proposal (draft or to send); also the form behind the amendment link. */
    public record ProposalForm(
            @Nullable String language,

            @NotBlank @Size(max = TITLE_MAX) @SingleLine @Nullable
            String title,

            @NotBlank @Size(max = BODY_MAX) @Nullable String body,
            @Nullable String category,
            @Nullable String village,
            @Email @Size(max = 254) @SingleLine @Nullable String email,
            @Size(max = PHONE_MAX) @SingleLine @Nullable String phone,
            @Nullable String idempotencyKey) {
        public static final List<String> FIELDS =
                List.of("language", "title", "body", "category", "village", "attachments", "email", "phone");

        public static ProposalForm empty(String lang, String key) {
            return new ProposalForm(lang, "", "", "", "", "", "", key);
        }

        public static ProposalForm of(Proposal p) {
            return new ProposalForm(
                    p.language().code(),
                    p.title(),
                    p.body(),
                    p.category(),
                    p.villageSlug(),
                    p.proposerEmail(),
                    p.proposerPhone(),
                    null);
        }

        public SaveProposalDraft.Command toDraft(@Nullable Long draftId, @Nullable List<MultipartFile> uploads) {
            return new SaveProposalDraft.Command(
                    draftId,
                    ProposalContent.languageOf(language),
                    Forms.required(title),
                    Forms.required(body),
                    category,
                    village,
                    email,
                    phone,
                    key(idempotencyKey),
                    uploads);
        }

        public AmendProposalByLink.Command toAmendment(String token, @Nullable List<MultipartFile> uploads) {
            return new AmendProposalByLink.Command(
                    token,
                    ProposalContent.languageOf(language),
                    Forms.required(title),
                    Forms.required(body),
                    category,
                    village,
                    uploads);
        }
    }

    /** Without e-ID: the proposer's name and postal address are needed for the residency check. */
    public record EmailProposalForm(
            @NotBlank @Size(max = NAME_MAX) @SingleLine @Nullable
            String name,

            @NotBlank @Size(max = ADDRESS_MAX) @Nullable String address,

            @NotBlank @Email @Size(max = 254) @SingleLine @Nullable
            String email,

            @Size(max = PHONE_MAX) @SingleLine @Nullable String phone,
            @Nullable String language,

            @NotBlank @Size(max = TITLE_MAX) @SingleLine @Nullable
            String title,

            @NotBlank @Size(max = BODY_MAX) @Nullable String body,
            @Nullable String category,
            @Nullable String village,
            @Nullable String idempotencyKey) {
        public static final List<String> FIELDS = List.of(
                "name", "address", "email", "phone", "language", "title", "body", "category", "village", "attachments");

        public static EmailProposalForm empty(String lang, String key) {
            return new EmailProposalForm("", "", "", "", lang, "", "", "", "", key);
        }

        public SubmitProposalByEmail.Command toCommand(@Nullable List<MultipartFile> uploads, String addressKey) {
            return new SubmitProposalByEmail.Command(
                    Forms.required(name),
                    Forms.required(address),
                    Forms.required(email),
                    phone,
                    ProposalContent.languageOf(language),
                    Forms.required(title),
                    Forms.required(body),
                    category,
                    village,
                    key(idempotencyKey),
                    uploads,
                    addressKey);
        }
    }

    /** Service office: a proposal that came in on paper or in person. */
    public record PaperProposalForm(
            @NotBlank @Size(max = NAME_MAX) @SingleLine @Nullable
            String name,

            @NotBlank @Size(max = ADDRESS_MAX) @Nullable String address,
            @Email @Size(max = 254) @SingleLine @Nullable String email,
            @Size(max = PHONE_MAX) @SingleLine @Nullable String phone,
            @Nullable String language,

            @NotBlank @Size(max = TITLE_MAX) @SingleLine @Nullable
            String title,

            @NotBlank @Size(max = BODY_MAX) @Nullable String body,
            @Nullable String category,
            @Nullable String village,
            @OneOf(ResidentDemographics.Sex.class) @Nullable String sex,
            @Nullable String ageBand,
            @Nullable String idempotencyKey) {
        public static final List<String> FIELDS = List.of(
                "name",
                "address",
                "email",
                "phone",
                "language",
                "title",
                "body",
                "category",
                "village",
                "sex",
                "ageBand",
                "attachments");

        public static PaperProposalForm empty(String key) {
            return new PaperProposalForm("", "", "", "", "sv", "", "", "", "", "", "", key);
        }

        public RegisterPaperProposal.Command toCommand(@Nullable List<MultipartFile> uploads) {
            return new RegisterPaperProposal.Command(
                    Forms.required(name),
                    Forms.required(address),
                    email,
                    phone,
                    ProposalContent.languageOf(language),
                    Forms.required(title),
                    Forms.required(body),
                    category,
                    village,
                    Parse.choice(ResidentDemographics.Sex.class, sex),
                    ageBand,
                    key(idempotencyKey),
                    uploads);
        }
    }

    /** A registrar's message to the proposer or reason. */
    public record ReasonForm(
            @NotBlank @Size(max = REASON_MAX) @Nullable String reason) {
        public static final List<String> FIELDS = List.of("reason");
    }

    public record ReferForm(
            @Nullable String body, @IsoDate @Nullable String deadline) {
        public static final List<String> FIELDS = List.of("body", "deadline");
    }

    public record AnswerForm(
            @OneOf(ProposalOutcome.class) @Nullable String outcome,
            @IsoDate @Nullable String decidedOn,
            @Nullable String body,
            @Size(max = BODY_MAX) @Nullable String text,
            @WholeNumber(min = 1) @Nullable String decisionId) {
        public static final List<String> FIELDS = List.of("decisionId", "outcome", "decidedOn", "body", "text");

        public AnswerProposal.Command toCommand(long proposalId) {
            return new AnswerProposal.Command(
                    proposalId,
                    Parse.whole(decisionId),
                    Parse.choice(ProposalOutcome.class, outcome),
                    Parse.date(decidedOn),
                    body,
                    text);
        }
    }

    public record ModerationForm(
            @OneOf(ModerateProposal.Action.class) @Nullable String action,
            @NotBlank @Size(max = REASON_MAX) @Nullable String reason,
            @Size(max = TITLE_MAX) @SingleLine @Nullable String title,
            @Size(max = BODY_MAX) @Nullable String body) {
        public static final List<String> FIELDS = List.of("action", "reason", "title", "body");

        public ModerateProposal.Command toCommand(long proposalId) {
            return new ModerateProposal.Command(
                    proposalId, Parse.choice(ModerateProposal.Action.class, action), reason, title, body);
        }
    }

    /** An attachment's token as a form sends it. */
    static final String UUID_PATTERN = "[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}";

    public record ReportForm(
            @OneOf(ReportProposal.Reason.class) @Nullable String reason,
            @Size(max = 2000) @Nullable String message,
            @Pattern(regexp = UUID_PATTERN) @Nullable String attachment) {
        public static final List<String> FIELDS = List.of("reason", "message");

        public ReportProposal.Command toCommand(long proposalId, String addressKey) {
            return new ReportProposal.Command(
                    proposalId,
                    Parse.choice(ReportProposal.Reason.class, reason),
                    message,
                    attachment == null || attachment.isBlank() ? null : UUID.fromString(attachment),
                    addressKey);
        }
    }

    public record FollowForm(
            @NotBlank @Email @Size(max = 254) @SingleLine @Nullable
            String email) {
        public static final List<String> FIELDS = List.of("email");
    }

    /** The form's idempotency key; anything but a UUID counts as none. */
    public static @Nullable UUID key(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
