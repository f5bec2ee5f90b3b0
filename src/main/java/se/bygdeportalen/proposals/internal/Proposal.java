package se.bygdeportalen.proposals.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.proposals.ProposalReference;

/** One proposal as stored; personal fields (e-mail, address, phone) are for staff and mails only. */
public record Proposal(
        long id,
        ProposalStatus status,
        ProposalChannel channel,
        Lang language,
        String title,
        String body,
        @Nullable String category,
        @Nullable String villageSlug,
        @Nullable Long residentId,
        String proposerName,
        @Nullable String proposerEmail,
        @Nullable String proposerAddress,
        @Nullable String proposerPhone,
        @Nullable String submitterSex,
        @Nullable String submitterAgeBand,
        @Nullable String caseNumber,
        @Nullable Integer caseYear,
        @Nullable Integer caseSeq,
        @Nullable String amendmentRequest,
        @Nullable String declineReason,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant submittedAt,
        @Nullable Instant publishedAt,
        @Nullable Instant supportEndsAt,
        @Nullable Instant supportThresholdReachedAt,
        int supportCount,
        @Nullable Instant referredAt,
        @Nullable String referredBodySlug,
        @Nullable LocalDate deadline,
        @Nullable Instant answeredAt,
        @Nullable LocalDate answerDecidedOn,
        @Nullable String answerBodySlug,
        @Nullable String answerOutcome,
        @Nullable String answerText,
        @Nullable Long answerDecisionId,
        @Nullable String answerDecisionPath,
        boolean hidden,
        @Nullable String hiddenReason,
        @Nullable Instant residencyCheckedAt,
        @Nullable Long registeredBy) {

    public static final String PATH_PREFIX = "/medborgarforslag/";

    /** Public path without language, e.g. {@code /medborgarforslag/2026-17}; null before it has a case number. */
    public @Nullable String path() {
        return caseYear == null ? null : PATH_PREFIX + caseYear + "-" + caseSeq;
    }

    /** Shown on the public page and in the list. */
    public boolean publiclyVisible() {
        return status.isPublic() && !hidden;
    }

    /** The proposer's data was erased at their request; only then is the name empty. */
    public boolean proposerErased() {
        return proposerName.isEmpty();
    }

    public boolean ownedBy(long resident) {
        return residentId != null && residentId == resident;
    }

    /** Support is possible while published or referred, not hidden, and within the support period if one is set. */
    public boolean supportOpen(Instant now) {
        return (status == ProposalStatus.PUBLISHED || status == ProposalStatus.REFERRED)
                && !hidden
                && (supportEndsAt == null || now.isBefore(supportEndsAt));
    }

    /** The case number of a proposal that has been submitted: every status after AWAITING_CONFIRMATION. */
    public String submittedCaseNumber() {
        return Objects.requireNonNull(caseNumber, "a submitted proposal has a case number");
    }

    /** For a submitted proposal (every public or referred one): it has a case number and a path then. */
    public ProposalReference reference() {
        return new ProposalReference(
                id,
                submittedCaseNumber(),
                title,
                language.code(),
                status.name(),
                Objects.requireNonNull(path(), "a submitted proposal has a path"));
    }
}
