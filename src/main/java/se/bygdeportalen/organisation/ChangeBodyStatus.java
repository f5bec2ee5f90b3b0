package se.bygdeportalen.organisation;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.usecase.Problem;

/**
 * An administrator deactivates a body that no longer exists (after a reorganisation) or activates
 * it again. A body is never deleted: old meetings and decisions keep pointing at it.
 */
@Component
class ChangeBodyStatus {

    private final OrganisationRepository repository;
    private final AuditLog audit;

    ChangeBodyStatus(OrganisationRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    void change(long id, boolean active) {
        Body body = repository.bodyDetails(id).orElseThrow(Problem::notFound).body();
        if (body.active() == active) {
            return;
        }
        repository.setActive(id, active);
        audit.record(active ? "organisation.body.activated" : "organisation.body.deactivated", "organisation_body", id,
                (active ? "Activated" : "Deactivated") + " the body " + body.slug(), Map.of("active", body.active()), Map.of("active", active));
    }
}
