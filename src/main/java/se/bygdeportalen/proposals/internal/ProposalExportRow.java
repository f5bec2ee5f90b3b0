package se.bygdeportalen.proposals.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A public proposal as open data (CSV, JSON, API). Only what is public under the principle of public
 * access and the module's publication rules: never the proposer's address, e-mail, phone, personal
 * identity number, sex or age, and never who supported it.
 */
@Schema(name = "Proposal", description = "A published citizen proposal (medborgarförslag) and its handling")
public record ProposalExportRow(
        @Schema(description = "Case number (diarienummer)", example = "KS 2026/17")
        String caseNumber,

        @Schema(description = "Year part of the reference", example = "2026")
        int year,

        @Schema(description = "Running number within the year", example = "17")
        int number,

        @Schema(description = "Reference used in URLs", example = "2026-17")
        String reference,

        @Schema(description = "Title as the proposer wrote it")
        String title,

        @Schema(description = "Text as published") String text,

        @Schema(
                description = "Language of title and text (BCP 47)",
                allowableValues = {"sv", "fi", "fit", "en"})
        String language,

        @Schema(
                description = "Where the proposal is in its handling",
                allowableValues = {"PUBLISHED", "REFERRED", "ANSWERED"})
        String status,

        @Schema(description = "Category slug", nullable = true) @Nullable
        String category,

        @Schema(description = "Village or area slug", nullable = true) @Nullable
        String village,

        @Schema(description = "Village or area name (Swedish)", nullable = true) @Nullable
        String villageName,

        @Schema(description = "Name of the proposer (public; contact details never are)")
        String proposerName,

        // Set on every public proposal; the type follows the nullable columns.
        @Schema(description = "Date received") @Nullable LocalDate submittedOn,
        @Schema(description = "Date published") @Nullable LocalDate publishedOn,

        @Schema(description = "Date referred to a body", nullable = true) @Nullable
        LocalDate referredOn,

        @Schema(description = "Slug of the body that handles it", nullable = true) @Nullable
        String referredBody,

        @Schema(description = "Name of the body that handles it (Swedish)", nullable = true) @Nullable
        String referredBodyName,

        @Schema(description = "Date by which it should be decided", nullable = true) @Nullable
        LocalDate deadline,

        @Schema(description = "Date the answer was published", nullable = true) @Nullable
        LocalDate answeredOn,

        @Schema(description = "Date of the decision that answered it", nullable = true) @Nullable
        LocalDate decidedOn,

        @Schema(
                description = "Outcome of the decision",
                nullable = true,
                allowableValues = {"APPROVED", "REJECTED", "ANSWERED"})
        @Nullable
        String answerOutcome,

        @Schema(description = "The answer as published", nullable = true) @Nullable
        String answerText,

        @Schema(description = "Number of residents who support it")
        int supportCount,

        @Schema(description = "Public page of the proposal (Swedish)")
        String url) {

    public static final java.util.List<String> CSV_HEADER = java.util.List.of(
            "case_number",
            "year",
            "number",
            "reference",
            "title",
            "text",
            "language",
            "status",
            "category",
            "village",
            "village_name",
            "proposer_name",
            "submitted_on",
            "published_on",
            "referred_on",
            "referred_body",
            "referred_body_name",
            "deadline",
            "answered_on",
            "decided_on",
            "answer_outcome",
            "answer_text",
            "support_count",
            "url");

    public java.util.List<Object> csvCells() {
        return java.util.Arrays.asList(
                caseNumber,
                year,
                number,
                reference,
                title,
                text,
                language,
                status,
                category,
                village,
                villageName,
                proposerName,
                submittedOn,
                publishedOn,
                referredOn,
                referredBody,
                referredBodyName,
                deadline,
                answeredOn,
                decidedOn,
                answerOutcome,
                answerText,
                supportCount,
                url);
    }
}
