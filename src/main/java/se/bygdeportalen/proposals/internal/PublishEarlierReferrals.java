package se.bygdeportalen.proposals.internal;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.bygdeportalen.proposals.ProposalReferred;

/**
 * Proposals referred before {@link ProposalReferred} was published (a database from an earlier
 * version, such as the demo's {@code ./data}) were never announced, so a module that keeps its own
 * list from the event would miss them. Once per database, at startup, this publishes the event for
 * each proposal that is referred and not hidden (an answered one is no longer REFERRED). The marker
 * row and the publications commit together; listeners upsert, so a repeat would be harmless.
 */
@Component
public class PublishEarlierReferrals {

    public static final String TASK = "publish-earlier-referrals";

    private static final Logger log = LoggerFactory.getLogger(PublishEarlierReferrals.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    PublishEarlierReferrals(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onStartup() {
        Integer published = transactions.execute(status -> publishOnce());
        if (published != null && published > 0) {
            log.info("Published ProposalReferred for {} proposal(s) referred before the event existed", published);
        }
    }

    /** @return how many events were published; 0 when the task had already run */
    public int publishOnce() {
        boolean claimed = jdbc.sql("INSERT INTO proposal_backfill (name) VALUES (:name) ON CONFLICT DO NOTHING")
                        .param("name", TASK)
                        .update()
                == 1;
        if (!claimed) {
            return 0;
        }
        List<Proposal> referred = jdbc.sql(
                        "SELECT * FROM proposal WHERE status = 'REFERRED' AND NOT hidden ORDER BY id")
                .query(ProposalRepository.PROPOSAL)
                .list();
        int published = 0;
        for (Proposal p : referred) {
            String body = p.referredBodySlug();
            LocalDate deadline = p.deadline();
            if (body == null || deadline == null) {
                // Only a hand-edited row lacks these (the use case sets both); one such row must not stop the start.
                log.warn(
                        "Proposal {} is referred without a committee or deadline; no ProposalReferred published",
                        p.id());
                continue;
            }
            events.publishEvent(new ProposalReferred(p.reference(), body, deadline));
            published++;
        }
        return published;
    }
}
