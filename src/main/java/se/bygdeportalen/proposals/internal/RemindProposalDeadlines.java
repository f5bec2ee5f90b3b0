package se.bygdeportalen.proposals.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;

/**
 * Daily: reminds the registry of referred proposals whose deadline is near ({@code remind-before}) and
 * of those past it. Each proposal gets at most one reminder of each kind, however often this runs and
 * on however many instances (the reminder row is claimed in the same transaction as the mail).
 */
@Component
public class RemindProposalDeadlines {

    private final ProposalRepository repository;
    private final ProposalsProperties properties;
    private final ProposalMails mails;
    private final Clock clock;

    RemindProposalDeadlines(
            ProposalRepository repository, ProposalsProperties properties, ProposalMails mails, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.mails = mails;
        this.clock = clock;
    }

    /** @return how many reminders were sent; only the system sends them (the scheduled task, a test) */
    @Transactional
    public int remind(Actor actor) {
        if (!(actor instanceof Actor.System)) {
            throw Problem.forbidden("access.refused");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, DateFormats.ZONE);
        int sent = 0;
        for (Proposal p : repository.referredDueBy(today.plus(properties.remindBefore()), 500)) {
            LocalDate deadline = Objects.requireNonNull(p.deadline(), "selected by its deadline");
            boolean overdue = deadline.isBefore(today);
            String kind = overdue ? "OVERDUE" : "DUE_SOON";
            if (repository.claimReminder(p.id(), kind, today)) {
                mails.staff(overdue ? "overdue" : "dueSoon", p, deadline.toString());
                repository.addEvent(
                        p.id(), ProposalRepository.NewEvent.of(ProposalEventKind.REMINDER_SENT, kind, null), now);
                sent++;
            }
        }
        return sent;
    }
}
