package se.bygdeportalen.organisation.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;

/**
 * A registrar or administrator removes a seat recorded by mistake (a seat that ended is kept, with
 * its last day). Only who may keep the body's records may.
 */
@Component
public class RemoveMembership {

    public record Command(long membershipId) {}

    private final OrganisationRepository repository;
    private final OrganisationAccess access;
    private final AuditLog audit;

    RemoveMembership(OrganisationRepository repository, OrganisationAccess access, AuditLog audit) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
    }

    /** Saved with the id of the body the seat was in, where the person goes next. */
    @Transactional
    public Result removeMembership(Command command, Actor actor) {
        OrganisationAccess.KEEPERS.check(actor, command); // before saying whether the seat exists
        long id = command.membershipId();
        Membership existing = repository.membership(id).orElseThrow(Problem::notFound);
        access.bodyRecords().check(actor, existing.bodyId());
        repository.deleteMembership(id);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("personId", existing.personId());
        before.put("bodyId", existing.bodyId());
        before.put("role", existing.role().name());
        before.put("from", existing.from().toString());
        before.put("to", existing.to().toString());
        audit.record(
                actor,
                OrganisationAudit.MEMBERSHIP_REMOVED,
                "organisation_membership",
                id,
                "Removed a seat in body " + existing.bodyId(),
                before,
                null);
        return Result.saved(existing.bodyId());
    }
}
