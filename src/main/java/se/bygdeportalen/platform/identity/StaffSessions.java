package se.bygdeportalen.platform.identity;

import java.util.Map;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a person's sessions when their access changes, so a removed role or a disabled account takes
 * effect at once (ASVS 8.3.2, 7.4.2) instead of at the next sign-in.
 */
@Component
class StaffSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    StaffSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    int endAll(String principalName) {
        return endAllExcept(principalName, null);
    }

    int endAllExcept(String principalName, String keepSessionId) {
        Map<String, ? extends Session> found = sessions.findByPrincipalName(principalName);
        int ended = 0;
        for (String id : found.keySet()) {
            if (!id.equals(keepSessionId)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
