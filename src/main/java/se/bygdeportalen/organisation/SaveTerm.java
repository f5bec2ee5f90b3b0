package se.bygdeportalen.organisation;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.audit.Changes;
import se.bygdeportalen.platform.web.FormValues;
import se.bygdeportalen.platform.usecase.Problem;

/** A registrar or administrator adds or corrects a term of office. Terms never overlap. */
@Component
class SaveTerm {

    private final OrganisationRepository repository;
    private final AuditLog audit;

    SaveTerm(OrganisationRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    long save(Long id, OrganisationForms.TermForm form, Errors errors) {
        Term existing = id == null ? null : repository.term(id).orElseThrow(Problem::notFound);
        LocalDate start = FormValues.date(form.startsOn(), "startsOn", true, errors);
        LocalDate end = FormValues.date(form.endsOn(), "endsOn", true, errors);
        if (start != null && end != null) {
            if (!end.isAfter(start)) {
                errors.rejectValue("endsOn", "beforeStart");
            } else if (end.isAfter(start.plusYears(5))) {
                errors.rejectValue("endsOn", "tooLong");
            } else if (repository.termOverlaps(start, end, id)) {
                errors.rejectValue("startsOn", "overlaps");
            } else if (existing != null && repository.membershipsOutside(id, start, end) > 0) {
                errors.rejectValue("startsOn", "membershipsOutside");
            }
        }
        if (errors.hasErrors()) {
            return -1;
        }
        if (existing == null) {
            long newId = repository.insertTerm(start, end);
            audit.recordCreate("organisation.term.created", "organisation_term", newId, "Added the term " + start.getYear() + "–" + end.getYear(),
                    Map.of("startsOn", start.toString(), "endsOn", end.toString()));
            return newId;
        }
        Changes changes = new Changes().field("startsOn", existing.startsOn(), start).field("endsOn", existing.endsOn(), end);
        if (changes.any()) {
            repository.updateTerm(id, start, end);
            audit.record("organisation.term.updated", "organisation_term", id, "Changed the term " + existing.label(),
                    changes.before(), changes.after());
        }
        return id;
    }
}
