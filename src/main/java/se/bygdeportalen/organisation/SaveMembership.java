package se.bygdeportalen.organisation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.audit.Changes;
import se.bygdeportalen.platform.security.CurrentUser;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.web.FormValues;
import se.bygdeportalen.platform.usecase.Problem;

/**
 * A registrar or administrator records a person's seat in a body: the role and the period, which
 * must lie within the term; the same person cannot hold two overlapping seats in the same body, and
 * a body has one chair at a time. A registrar limited to some bodies may change only those.
 */
@Component
class SaveMembership {

    private final OrganisationRepository repository;
    private final Organisation organisation;
    private final AuditLog audit;

    SaveMembership(OrganisationRepository repository, Organisation organisation, AuditLog audit) {
        this.repository = repository;
        this.organisation = organisation;
        this.audit = audit;
    }

    /** Creates ({@code id} null) or updates; the person and body of an existing membership do not change. */
    @Transactional
    long save(Long id, OrganisationForms.MembershipForm form, Errors errors) {
        Membership existing = id == null ? null : repository.membership(id).orElseThrow(Problem::notFound);
        Long personId = existing != null ? Long.valueOf(existing.personId()) : SaveBody.number(form.personId(), "personId", errors);
        Long bodyId = existing != null ? Long.valueOf(existing.bodyId()) : SaveBody.number(form.bodyId(), "bodyId", errors);
        if (bodyId != null) {
            checkScope(bodyId);
        }
        Person person = null;
        if (personId == null) {
            if (!errors.hasFieldErrors("personId")) {
                errors.rejectValue("personId", "NotNull");
            }
        } else {
            person = repository.person(personId).orElse(null);
            if (person == null) {
                errors.rejectValue("personId", "invalid");
            }
        }
        if (bodyId == null) {
            if (!errors.hasFieldErrors("bodyId")) {
                errors.rejectValue("bodyId", "NotNull");
            }
        } else if (repository.bodyDetails(bodyId).isEmpty()) {
            errors.rejectValue("bodyId", "invalid");
        }
        Long termId = SaveBody.number(form.termId(), "termId", errors);
        Term term = termId == null ? null : repository.term(termId).orElse(null);
        if (term == null && !errors.hasFieldErrors("termId")) {
            errors.rejectValue("termId", "NotNull");
        }
        Member.Role role = FormValues.choice(Member.Role.class, form.role(), "role", errors);
        LocalDate from = FormValues.date(form.from(), "from", true, errors);
        LocalDate to = FormValues.date(form.to(), "to", true, errors);
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.rejectValue("to", "beforeStart");
            } else if (term != null && (!term.contains(from) || !term.contains(to))) {
                errors.rejectValue("from", "outsideTerm");
            } else if (person != null && bodyId != null && !errors.hasErrors()) {
                repository.lockPerson(person.id());
                if (repository.overlaps(person.id(), bodyId, from, to, id)) {
                    errors.rejectValue("from", "overlaps");
                } else if (role == Member.Role.CHAIR && chairTaken(bodyId, from, to, id)) {
                    errors.rejectValue("role", "chairTaken");
                }
            }
        }
        if (errors.hasErrors()) {
            return -1;
        }
        if (existing == null) {
            long newId = repository.insertMembership(person.id(), bodyId, term.id(), role, from, to);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("personId", person.id());
            after.put("bodyId", bodyId);
            after.put("termId", term.id());
            after.put("role", role.name());
            after.put("from", from.toString());
            after.put("to", to.toString());
            audit.recordCreate("organisation.membership.created", "organisation_membership", newId,
                    "Seated " + person.name() + " as " + role.name().toLowerCase() + " in body " + bodyId, after);
            return newId;
        }
        Changes changes = new Changes().field("termId", existing.termId(), term.id()).field("role", existing.role().name(), role.name())
                .field("from", existing.from(), from).field("to", existing.to(), to);
        if (changes.any()) {
            repository.updateMembership(id, term.id(), role, from, to);
            audit.record("organisation.membership.updated", "organisation_membership", id, "Changed the seat of " + person.name()
                    + " in body " + bodyId, changes.before(), changes.after());
        }
        return id;
    }

    /** Ends nothing and keeps nothing: removes a membership recorded by mistake. */
    @Transactional
    long remove(long id) {
        Membership existing = repository.membership(id).orElseThrow(Problem::notFound);
        checkScope(existing.bodyId());
        repository.deleteMembership(id);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("personId", existing.personId());
        before.put("bodyId", existing.bodyId());
        before.put("role", existing.role().name());
        before.put("from", existing.from().toString());
        before.put("to", existing.to().toString());
        audit.record("organisation.membership.removed", "organisation_membership", id, "Removed a seat in body " + existing.bodyId(),
                before, null);
        return existing.bodyId();
    }

    private boolean chairTaken(long bodyId, LocalDate from, LocalDate to, Long exceptId) {
        return repository.memberships(bodyId, null).stream()
                .anyMatch(m -> m.role() == Member.Role.CHAIR && (exceptId == null || m.id() != exceptId)
                        && !m.from().isAfter(to) && !m.to().isBefore(from));
    }

    /** Administrators may change every body; a registrar only the bodies an administrator allowed. */
    void checkScope(long bodyId) {
        PortalUser user = CurrentUser.get().orElse(null);
        if (user == null || user.hasRole(Role.ADMINISTRATOR)) {
            return;
        }
        if (!organisation.registrarScope(user.id()).allows(bodyId)) {
            throw new AccessDeniedException("Registrar " + user.id() + " may not change body " + bodyId);
        }
    }
}
