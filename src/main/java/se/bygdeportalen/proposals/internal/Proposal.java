package se.bygdeportalen.proposals.internal;

import java.time.Instant;
import java.time.LocalDate;
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
        String category,
        String villageSlug,
        Long residentId,
        String proposerName,
        String proposerEmail,
        String proposerAddress,
        String proposerPhone,
        String submitterSex,
        String submitterAgeBand,
        String caseNumber,
        Integer caseYear,
        Integer caseSeq,
        String amendmentRequest,
        String declineReason,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        Instant publishedAt,
        Instant supportEndsAt,
        Instant supportThresholdReachedAt,
        int supportCount,
        Instant referredAt,
        String referredBodySlug,
        LocalDate deadline,
        Instant answeredAt,
        LocalDate answerDecidedOn,
        String answerBodySlug,
        String answerOutcome,
        String answerText,
        Long answerDecisionId,
        String answerDecisionPath,
        boolean hidden,
        String hiddenReason,
        Instant residencyCheckedAt,
        Long registeredBy) {

    public static final String PATH_PREFIX = "/medborgarforslag/";

    /** Public path without language, e.g. {@code /medborgarforslag/2026-17}; null before it has a case number. */
    public String path() {
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

    public ProposalReference reference() {
        return new ProposalReference(id, caseNumber, title, language.code(), status.name(), path());
    }
}
