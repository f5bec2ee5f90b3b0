package se.bygdeportalen.organisation.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.organisation.Member;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.audit.Changes;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;

/**
 * A registrar or administrator records a person's seat in a body: the role and the period, which
 * must lie within the term; the same person cannot hold two overlapping seats in the same body, and
 * a body has one chair at a time. Only who may keep the body's records may change its seats
 * ({@code Organisation.mayKeepRecordsOf}); everyone else is refused, also when nobody is signed in.
 */
@Component
public class SaveMembership {

    /**
     * A seat to add ({@code id} null, with person and body) or change ({@code id} set: the person and
     * body of an existing seat do not change, so {@code personId} and {@code bodyId} are ignored).
     */
    public record Command(
            @Nullable Long id,
            @Nullable Long personId,
            @Nullable Long bodyId,
            @Nullable Long termId,
            Member.@Nullable Role role,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {}

    private final OrganisationRepository repository;
    private final OrganisationAccess access;
    private final AuditLog audit;

    SaveMembership(OrganisationRepository repository, OrganisationAccess access, AuditLog audit) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public Result saveMembership(Command command, Actor actor) {
        // The role first, so that nobody learns whether a seat exists; then the body's scope.
        OrganisationAccess.KEEPERS.check(actor, command);
        Long id = command.id();
        Membership existing = id == null ? null : repository.membership(id).orElseThrow(Problem::notFound);
        Long bodyId = existing != null ? Long.valueOf(existing.bodyId()) : command.bodyId();
        Long personId = existing != null ? Long.valueOf(existing.personId()) : command.personId();
        if (bodyId != null) {
            access.bodyRecords().check(actor, bodyId);
        }
        Violations violations = new Violations();
        Person person = null;
        if (personId == null) {
            violations.reject("personId", "NotNull");
        } else {
            person = repository.person(personId).orElse(null);
            if (person == null) {
                violations.reject("personId", "invalid");
            }
        }
        if (bodyId == null) {
            violations.reject("bodyId", "NotNull");
        } else if (repository.bodyDetails(bodyId).isEmpty()) {
            violations.reject("bodyId", "invalid");
        }
        Term term = command.termId() == null
                ? null
                : repository.term(command.termId()).orElse(null);
        if (term == null) {
            violations.reject("termId", "NotNull");
        }
        Member.Role role = command.role();
        if (role == null) {
            violations.reject("role", "NotNull");
        }
        LocalDate from = command.from();
        LocalDate to = command.to();
        if (from == null) {
            violations.reject("from", "NotNull");
        }
        if (to == null) {
            violations.reject("to", "NotNull");
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                violations.reject("to", "beforeStart");
            } else if (term != null && (!term.contains(from) || !term.contains(to))) {
                violations.reject("from", "outsideTerm");
            } else if (!violations.any() && person != null && bodyId != null) { // no violation: both found
                repository.lockPerson(person.id());
                if (repository.overlaps(person.id(), bodyId, from, to, id)) {
                    violations.reject("from", "overlaps");
                } else if (role == Member.Role.CHAIR && chairTaken(bodyId, from, to, id)) {
                    violations.reject("role", "chairTaken");
                }
            }
        }
        // Each of these is a violation above when null.
        if (violations.any()
                || person == null
                || bodyId == null
                || term == null
                || role == null
                || from == null
                || to == null) {
            return violations.invalid();
        }
        if (existing == null) {
            long newId = repository.insertMembership(person.id(), bodyId, term.id(), role, from, to);
            Map<String, @Nullable Object> after = new LinkedHashMap<>();
            after.put("personId", person.id());
            after.put("bodyId", bodyId);
            after.put("termId", term.id());
            after.put("role", role.name());
            after.put("from", from.toString());
            after.put("to", to.toString());
            audit.recordCreate(
                    actor,
                    OrganisationAudit.MEMBERSHIP_CREATED,
                    "organisation_membership",
                    newId,
                    "Seated " + person.name() + " as " + role.name().toLowerCase() + " in body " + bodyId,
                    after);
            return Result.saved(newId);
        }
        Changes changes = new Changes()
                .field("termId", existing.termId(), term.id())
                .field("role", existing.role().name(), role.name())
                .field("from", existing.from(), from)
                .field("to", existing.to(), to);
        if (changes.any()) {
            repository.updateMembership(existing.id(), term.id(), role, from, to);
            audit.record(
                    actor,
                    OrganisationAudit.MEMBERSHIP_UPDATED,
                    "organisation_membership",
                    id,
                    "Changed the seat of " + person.name() + " in body " + bodyId,
                    changes.before(),
                    changes.after());
        }
        return Result.saved(existing.id());
    }

    private boolean chairTaken(long bodyId, LocalDate from, LocalDate to, @Nullable Long exceptId) {
        return repository.memberships(bodyId, null).stream()
                .anyMatch(m -> m.role() == Member.Role.CHAIR
                        && (exceptId == null || m.id() != exceptId)
                        && !m.from().isAfter(to)
                        && !m.to().isBefore(from));
    }
}
