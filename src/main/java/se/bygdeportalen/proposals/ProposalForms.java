package se.bygdeportalen.proposals;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The proposals module's forms. Every field binds as text (ADR 0002); use cases read typed values. */
public final class ProposalForms {

    static final int TITLE_MAX = 150;
    static final int BODY_MAX = 10_000;
    static final int NAME_MAX = 200;
    static final int ADDRESS_MAX = 300;
    static final int PHONE_MAX = 40;
    static final int REASON_MAX = 4_000;

    private ProposalForms() {
    }

    /** A signed-in resident's proposal (draft or to send). */
    public record ProposalForm(String language,
                        @NotBlank @Size(max = TITLE_MAX) String title,
                        @NotBlank @Size(max = BODY_MAX) String body,
                        String category, String village,
                        @Email @Size(max = 254) String email,
                        @Size(max = PHONE_MAX) String phone,
                        String idempotencyKey) {
        static final List<String> FIELDS = List.of("language", "title", "body", "category", "village", "attachments", "email", "phone");

        static ProposalForm empty(String lang, String key) {
            return new ProposalForm(lang, "", "", "", "", "", "", key);
        }

        static ProposalForm of(Proposal p) {
            return new ProposalForm(p.language().code(), p.title(), p.body(), p.category(), p.villageSlug(), p.proposerEmail(),
                    p.proposerPhone(), null);
        }
    }

    /** Without e-ID: the proposer's name and postal address are needed for the residency check. */
    public record EmailProposalForm(@NotBlank @Size(max = NAME_MAX) String name,
                             @NotBlank @Size(max = ADDRESS_MAX) String address,
                             @NotBlank @Email @Size(max = 254) String email,
                             @Size(max = PHONE_MAX) String phone,
                             String language,
                             @NotBlank @Size(max = TITLE_MAX) String title,
                             @NotBlank @Size(max = BODY_MAX) String body,
                             String category, String village, String idempotencyKey) {
        static final List<String> FIELDS = List.of("name", "address", "email", "phone", "language", "title", "body", "category",
                "village", "attachments");

        static EmailProposalForm empty(String lang, String key) {
            return new EmailProposalForm("", "", "", "", lang, "", "", "", "", key);
        }
    }

    /** Service office: a proposal that came in on paper or in person. */
    public record PaperProposalForm(@NotBlank @Size(max = NAME_MAX) String name,
                             @NotBlank @Size(max = ADDRESS_MAX) String address,
                             @Email @Size(max = 254) String email,
                             @Size(max = PHONE_MAX) String phone,
                             String language,
                             @NotBlank @Size(max = TITLE_MAX) String title,
                             @NotBlank @Size(max = BODY_MAX) String body,
                             String category, String village, String sex, String ageBand, String idempotencyKey) {
        static final List<String> FIELDS = List.of("name", "address", "email", "phone", "language", "title", "body", "category",
                "village", "sex", "ageBand", "attachments");

        static PaperProposalForm empty(String key) {
            return new PaperProposalForm("", "", "", "", "sv", "", "", "", "", "", "", key);
        }
    }

    /** A registrar's message to the proposer or reason. */
    public record ReasonForm(@NotBlank @Size(max = REASON_MAX) String reason) {
        static final List<String> FIELDS = List.of("reason");
    }

    public record ReferForm(String body, String deadline) {
        static final List<String> FIELDS = List.of("body", "deadline");
    }

    public record AnswerForm(String outcome, String decidedOn, String body, @Size(max = BODY_MAX) String text, String decisionId) {
        static final List<String> FIELDS = List.of("decisionId", "outcome", "decidedOn", "body", "text");
    }

    public record ModerationForm(String action, @NotBlank @Size(max = REASON_MAX) String reason,
                          @Size(max = TITLE_MAX) String title, @Size(max = BODY_MAX) String body) {
        static final List<String> FIELDS = List.of("action", "reason", "title", "body");
    }

    public record ReportForm(String reason, @Size(max = 2000) String message, String attachment) {
        static final List<String> FIELDS = List.of("reason", "message");
    }

    public record FollowForm(@NotBlank @Email @Size(max = 254) String email) {
        static final List<String> FIELDS = List.of("email");
    }
}
