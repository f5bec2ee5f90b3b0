package se.bygdeportalen.organisation.internal;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.audit.Changes;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;

/** A registrar or administrator adds or corrects a term of office. Terms never overlap. */
@Component
public class SaveTerm {

    /** A term to add ({@code id} null) or change. */
    public record Command(
            @Nullable Long id,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn) {}

    private final OrganisationRepository repository;
    private final AuditLog audit;

    SaveTerm(OrganisationRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    public Result saveTerm(Command command, Actor actor) {
        OrganisationAccess.KEEPERS.check(actor, command);
        Long id = command.id();
        Term existing = id == null ? null : repository.term(id).orElseThrow(Problem::notFound);
        LocalDate start = command.startsOn();
        LocalDate end = command.endsOn();
        Violations violations = new Violations();
        if (start == null) {
            violations.reject("startsOn", "NotNull");
        }
        if (end == null) {
            violations.reject("endsOn", "NotNull");
        }
        if (start != null && end != null) {
            if (!end.isAfter(start)) {
                violations.reject("endsOn", "beforeStart");
            } else if (end.isAfter(start.plusYears(5))) {
                violations.reject("endsOn", "tooLong");
            } else if (repository.termOverlaps(start, end, id)) {
                violations.reject("startsOn", "overlaps");
            } else if (existing != null && repository.membershipsOutside(existing.id(), start, end) > 0) {
                violations.reject("startsOn", "membershipsOutside");
            }
        }
        if (violations.any() || start == null || end == null) { // both are violations above when null
            return violations.invalid();
        }
        if (existing == null) {
            long newId = repository.insertTerm(start, end);
            audit.recordCreate(
                    actor,
                    OrganisationAudit.TERM_CREATED,
                    "organisation_term",
                    newId,
                    "Added the term " + start.getYear() + "–" + end.getYear(),
                    Map.of("startsOn", start.toString(), "endsOn", end.toString()));
            return Result.saved(newId);
        }
        Changes changes =
                new Changes().field("startsOn", existing.startsOn(), start).field("endsOn", existing.endsOn(), end);
        if (changes.any()) {
            repository.updateTerm(existing.id(), start, end);
            audit.record(
                    actor,
                    OrganisationAudit.TERM_UPDATED,
                    "organisation_term",
                    id,
                    "Changed the term " + existing.label(),
                    changes.before(),
                    changes.after());
        }
        return Result.saved(existing.id());
    }
}
