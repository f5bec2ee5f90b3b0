package se.bygdeportalen.platform.search;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionTemplate;
import se.bygdeportalen.platform.manifest.ModuleRegistry;
import se.bygdeportalen.platform.manifest.SearchableContent;
import se.bygdeportalen.platform.pagecache.PageCache;

/**
 * Keeps the site search's index in step with what the modules declare (ADR 0013). Every minute
 * the {@code search-index-refresh} task (db-scheduler: one instance at a time) asks each kind's
 * source for its fingerprint and re-reads only the kinds whose fingerprint changed. At start-up an
 * empty index is built at once, so a new installation or the demo run can search right away.
 * Modules' use cases know nothing of this: no event, no call.
 */
@Configuration(proxyBeanMethods = false)
public class SearchIndexRefresh {

    static final String TASK = "search-index-refresh";
    /** How stale the index may be; documented in ADR 0013. */
    static final Duration INTERVAL = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(SearchIndexRefresh.class);

    private final ModuleRegistry modules;
    private final SearchIndex index;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final BeanFactory beans;
    private final PageCache pages;

    SearchIndexRefresh(
            ModuleRegistry modules,
            SearchIndex index,
            TransactionTemplate tx,
            Clock clock,
            BeanFactory beans,
            PageCache pages) {
        this.beans = beans;
        this.pages = pages;
        this.modules = modules;
        this.index = index;
        this.tx = tx;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> searchIndexRefreshTask() {
        return Tasks.recurring(TASK, Schedules.fixedDelay(INTERVAL)).execute((instance, context) -> refresh());
    }

    /**
     * Runs after the demo data (an ApplicationRunner) is in. An empty index is built at once. Otherwise
     * every kind is marked stale, so the first run of the task re-reads them all: a new version of
     * the application may index differently (or a module yield other entries) while the data, and so
     * the fingerprints, stayed the same. The old rows answer searches until then.
     */
    @EventListener(ApplicationReadyEvent.class)
    void buildWhenEmpty() {
        if (index.isEmpty()) {
            List<String> done = refresh();
            log.info("Built the search index at start-up: {}", done);
        } else {
            tx.executeWithoutResult(s -> index.markAllStale());
        }
    }

    /**
     * Re-indexes every kind whose fingerprint changed since it was last indexed; returns those kinds.
     * A failing source is logged and retried on the next run, and does not stop the other kinds.
     */
    public List<String> refresh() {
        List<SearchableContent> declared = modules.searchableContent();
        List<String> refreshed = new ArrayList<>();
        for (SearchableContent content : declared) {
            try {
                if (refresh(content)) {
                    refreshed.add(content.kind());
                }
            } catch (RuntimeException e) {
                log.error(
                        "Could not index searchable kind {}; the previous index stays until the next run",
                        content.kind(),
                        e);
            }
        }
        tx.executeWithoutResult(s -> index.removeOtherKinds(
                declared.stream().map(SearchableContent::kind).toList()));
        if (!refreshed.isEmpty()) {
            // Search result pages kept for anonymous readers show the old index; its transactions are no
            // use case's, so they do not clear the page cache by themselves.
            pages.clear();
        }
        return refreshed;
    }

    private boolean refresh(SearchableContent content) {
        // The fingerprint is read before the entries: a change in between shows up as a new fingerprint next run.
        SearchableContent.Source source = beans.getBean(content.source());
        String fingerprint = source.fingerprint();
        Optional<String> indexed = index.fingerprint(content.kind());
        if (indexed.isPresent() && indexed.get().equals(fingerprint)) {
            return false;
        }
        Boolean done = tx.execute(s -> {
            if (!index.tryLock(content.kind())) {
                return false; // another instance is indexing this kind right now
            }
            List<SearchableContent.Entry> entries = source.entries();
            index.replace(content.kind(), entries, fingerprint, clock.instant());
            return true;
        });
        return Boolean.TRUE.equals(done);
    }
}
