package se.bygdeportalen.proposals.internal;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import se.bygdeportalen.platform.casenumber.CaseNumber;
import se.bygdeportalen.platform.casenumber.CaseNumberFormat;

/**
 * Settings of the proposals service ({@code bygdeportalen.proposals.*}); the defaults in code follow
 * Övertorneå's rules.
 *
 * @param caseSeries          series of the case numbers, e.g. {@code KS} (kommunstyrelsen's diarium)
 * @param caseNumberFormat    how a case number is written ({@link CaseNumberFormat}): {@code {series}}, {@code {year}},
 *                            {@code {number}} (or {@code {number:4}} for zero padding)
 * @param decideWithin        default deadline for a decision, counted from submission (KL: within one year)
 * @param remindBefore        staff get a reminder this long before the deadline, and one when it has passed
 * @param supportPeriod       how long a published proposal can be supported; zero means no support period (always open)
 * @param supportThreshold    supports that mark a proposal and notify staff; zero means off
 * @param confirmationValidity how long the e-mail route's confirmation link works
 * @param staffEmail          the registry's mailbox for new proposals, reminders, thresholds and reports; empty means
 *                            the municipality's address ({@code bygdeportalen.municipality.email}), and no staff mail when that is empty too
 * @param maxAttachments      attachments per proposal
 */
@ConfigurationProperties("bygdeportalen.proposals")
public record ProposalsProperties(
        @DefaultValue("KS") String caseSeries,
        @DefaultValue("{series} {year}/{number}") String caseNumberFormat,
        @DefaultValue("P1Y") Period decideWithin,
        @DefaultValue("P30D") Period remindBefore,
        @DefaultValue("0s") Duration supportPeriod,
        @DefaultValue("0") int supportThreshold,
        @DefaultValue("72h") Duration confirmationValidity,
        @DefaultValue("") String staffEmail,
        @DefaultValue("5") int maxAttachments) {

    public ProposalsProperties {
        // Checked at start-up rather than at the first registration: a bad series or format stops the
        // application instead of failing a resident's submission.
        new CaseNumber(caseSeries, 2000, 1).format(new CaseNumberFormat(caseNumberFormat));
    }

    /** The case number as shown on the receipt and the proposal, e.g. {@code KS 2026/25}. */
    public String formatCaseNumber(CaseNumber caseNumber) {
        return caseNumber.format(new CaseNumberFormat(caseNumberFormat));
    }

    public boolean supportPeriodEnabled() {
        return !supportPeriod.isZero() && !supportPeriod.isNegative();
    }

    public boolean thresholdEnabled() {
        return supportThreshold > 0;
    }
}
