package se.bygdeportalen.proposals.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.casenumber.CaseNumber;
import se.bygdeportalen.platform.casenumber.CaseNumbers;
import se.bygdeportalen.platform.i18n.DateFormats;

/**
 * Registers a proposal that has been sent in: gives it the next case number of the year, sets the
 * default deadline, subscribes the proposer to status mails, adds the timeline entry, and mails the
 * receipt and the registry. Runs in the caller's transaction, so a failure gives the number back.
 */
@Component
public class ProposalRegistration {

    private final ProposalRepository repository;
    private final CaseNumbers caseNumbers;
    private final ProposalsProperties properties;
    private final ProposalMails mails;
    private final Clock clock;

    ProposalRegistration(
            ProposalRepository repository,
            CaseNumbers caseNumbers,
            ProposalsProperties properties,
            ProposalMails mails,
            Clock clock) {
        this.repository = repository;
        this.caseNumbers = caseNumbers;
        this.properties = properties;
        this.mails = mails;
        this.clock = clock;
    }

    /** @return the receipt token (for the link to the PDF receipt) */
    @Transactional(propagation = Propagation.MANDATORY)
    public String register(Proposal draft, @Nullable String sex, @Nullable String ageBand, @Nullable Long staffId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, DateFormats.ZONE);
        // The platform's counter (ADR 0014); its year is the Stockholm calendar year of `now`, like `today`.
        CaseNumber number = caseNumbers.next(properties.caseSeries(), now);
        String caseNumber = properties.formatCaseNumber(number);
        String receiptToken = Tokens.random();
        repository.registered(
                draft.id(),
                caseNumber,
                number.year(),
                number.number(),
                now,
                today.plus(properties.decideWithin()),
                sex,
                ageBand,
                Tokens.hash(receiptToken));
        repository.addEvent(
                draft.id(), ProposalRepository.NewEvent.of(ProposalEventKind.SUBMITTED, null, staffId), now);
        Proposal registered = repository.byId(draft.id()).orElseThrow();
        if (registered.proposerEmail() != null) {
            repository.replaceProposerEmail(
                    registered.id(), registered.proposerEmail(), registered.language(), Tokens.hash(Tokens.random()));
        }
        mails.receipt(registered, receiptToken);
        mails.staff("submitted", registered, registered.channel().name());
        return receiptToken;
    }
}
