package se.bygdeportalen.organisation.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.identity.StaffDirectory;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;

/** An administrator limits a registrar's account to some bodies, or lifts the limit (no body chosen). */
@Component
public class LimitRegistrar {

    /** The bodies the registrar may keep records of; empty lifts the limit. */
    public record Command(long staffAccountId, Set<Long> bodyIds) {
        public Command {
            bodyIds = Set.copyOf(bodyIds);
        }
    }

    private final OrganisationRepository repository;
    private final AuditLog audit;
    private final StaffDirectory staffDirectory;

    LimitRegistrar(OrganisationRepository repository, AuditLog audit, StaffDirectory staffDirectory) {
        this.repository = repository;
        this.audit = audit;
        this.staffDirectory = staffDirectory;
    }

    @Transactional
    public Result limitRegistrar(Command command, Actor actor) {
        OrganisationAccess.ADMINISTRATORS.check(actor, command);
        long staffAccountId = command.staffAccountId();
        if (!staffDirectory.hasRole(staffAccountId, Role.REGISTRAR)) {
            throw Problem.notFound();
        }
        Set<Long> known = new HashSet<>();
        repository.allBodies().forEach(d -> known.add(d.body().id()));
        if (!known.containsAll(command.bodyIds())) {
            return new Violations().reject("bodyIds", "invalid").invalid();
        }
        Set<Long> before = new TreeSet<>(repository.scope(staffAccountId));
        Set<Long> after = new TreeSet<>(command.bodyIds());
        if (!before.equals(after)) {
            repository.replaceScope(staffAccountId, after);
            audit.record(
                    actor,
                    OrganisationAudit.REGISTRAR_SCOPE_CHANGED,
                    "staff_account",
                    staffAccountId,
                    after.isEmpty()
                            ? "Lifted the registrar's limit to bodies"
                            : "Limited the registrar to bodies " + after,
                    Map.of("bodyIds", before.toString()),
                    Map.of("bodyIds", after.toString()));
        }
        return Result.saved(staffAccountId);
    }
}
