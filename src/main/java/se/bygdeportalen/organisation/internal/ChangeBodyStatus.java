package se.bygdeportalen.organisation.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;

/**
 * An administrator deactivates a body that no longer exists (after a reorganisation) or activates
 * it again. A body is never deleted: old meetings and decisions keep pointing at it.
 */
@Component
public class ChangeBodyStatus {

    public record Command(long bodyId, boolean active) {}

    private final OrganisationRepository repository;
    private final AuditLog audit;

    ChangeBodyStatus(OrganisationRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    public Result changeBodyStatus(Command command, Actor actor) {
        OrganisationAccess.ADMINISTRATORS.check(actor, command);
        long id = command.bodyId();
        Body body = repository.bodyDetails(id).orElseThrow(Problem::notFound).body();
        if (body.active() != command.active()) {
            repository.setActive(id, command.active());
            audit.record(
                    actor,
                    command.active() ? OrganisationAudit.BODY_ACTIVATED : OrganisationAudit.BODY_DEACTIVATED,
                    "organisation_body",
                    id,
                    (command.active() ? "Activated" : "Deactivated") + " the body " + body.slug(),
                    Map.of("active", body.active()),
                    Map.of("active", command.active()));
        }
        return Result.saved(id);
    }
}
