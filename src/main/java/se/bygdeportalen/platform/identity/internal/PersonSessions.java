package se.bygdeportalen.platform.identity.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a person's sessions when their access changes or their data is erased, so a removed role, a
 * disabled account or an erasure takes effect at once (ASVS 8.3.2, 7.4.2) instead of at the next
 * sign-in. It waits for the change to commit: ended earlier, the person could sign in again in
 * between and get a session with the old roles.
 */
@Component
class PersonSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    PersonSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the person except {@code keepSessionId} (may be null) after the current transaction commits. */
    void endAllAfterCommit(String principalName, @Nullable String keepSessionId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            endAll(principalName, keepSessionId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                endAll(principalName, keepSessionId);
            }
        });
    }

    private void endAll(String principalName, @Nullable String keepSessionId) {
        Map<String, ? extends Session> found = sessions.findByPrincipalName(principalName);
        for (String id : found.keySet()) {
            if (!id.equals(keepSessionId)) {
                sessions.deleteById(id);
            }
        }
    }
}
