package se.bygdeportalen.proposals.internal;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the proposals service ({@code bygdeportalen.proposals.*}); the defaults in code follow
 * Övertorneå's rules.
 *
 * @param caseSeries          series of the case numbers, e.g. {@code KS} (kommunstyrelsen's diarium)
 * @param caseNumberFormat    how a case number is written: {@code {series}}, {@code {year}}, {@code {number}}
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
public record ProposalsProperties(@DefaultValue("KS") String caseSeries,
                           @DefaultValue("{series} {year}/{number}") String caseNumberFormat,
                           @DefaultValue("P1Y") Period decideWithin,
                           @DefaultValue("P30D") Period remindBefore,
                           @DefaultValue("0s") Duration supportPeriod,
                           @DefaultValue("0") int supportThreshold,
                           @DefaultValue("72h") Duration confirmationValidity,
                           @DefaultValue("") String staffEmail,
                           @DefaultValue("5") int maxAttachments) {

    public String formatCaseNumber(int year, int number) {
        return caseNumberFormat.replace("{series}", caseSeries).replace("{year}", Integer.toString(year))
                .replace("{number}", Integer.toString(number));
    }

    public boolean supportPeriodEnabled() {
        return !supportPeriod.isZero() && !supportPeriod.isNegative();
    }

    public boolean thresholdEnabled() {
        return supportThreshold > 0;
    }
}
