package se.bygdeportalen.organisation;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.audit.Changes;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.web.FormValues;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.web.TranslatableInput;

/** An administrator adds or edits a political body: its name in four languages, kind, parent, seats and order. */
@Component
class SaveBody {

    static final String SLUG = "[a-z0-9-]{2,60}";

    private final OrganisationRepository repository;
    private final AuditLog audit;

    SaveBody(OrganisationRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** Creates ({@code id} null) or updates a body; returns its id, or -1 with field errors. */
    @Transactional
    long save(Long id, OrganisationForms.BodyForm form, Errors errors) {
        BodyDetails existing = id == null ? null : repository.bodyDetails(id).orElseThrow(Problem::notFound);
        TranslatableText name = TranslatableInput.read(form.name(), "name", true, 120, errors);
        String slug = form.slug() == null ? "" : form.slug().strip();
        if (!slug.matches(SLUG)) {
            errors.rejectValue("slug", "Pattern");
        } else if (repository.slugTaken(slug, id)) {
            errors.rejectValue("slug", "taken");
        }
        Body.Kind kind = FormValues.choice(Body.Kind.class, form.kind(), "kind", errors);
        Long parentId = null;
        if (kind == Body.Kind.WORKING_GROUP) {
            parentId = number(form.parentId(), "parentId", errors);
            if (parentId == null && !errors.hasFieldErrors("parentId")) {
                errors.rejectValue("parentId", "NotNull");
            } else if (parentId != null) {
                var parent = repository.bodyDetails(parentId);
                if (parent.isEmpty() || parent.get().body().kind() == Body.Kind.WORKING_GROUP || parentId.equals(id)) {
                    errors.rejectValue("parentId", "invalid");
                }
            }
        }
        Long sort = blank(form.sort()) ? Long.valueOf(0) : number(form.sort(), "sort", errors);
        Long seats = blank(form.seats()) ? null : number(form.seats(), "seats", errors);
        if (seats != null && (seats < 1 || seats > 101)) {
            errors.rejectValue("seats", "range");
        }
        if (sort != null && sort > 10_000) {
            errors.rejectValue("sort", "typeMismatch");
        }
        if (errors.hasErrors()) {
            return -1;
        }
        Integer seatCount = seats == null ? null : seats.intValue();
        if (existing == null) {
            long newId = repository.insertBody(slug, kind, name, parentId, sort.intValue(), seatCount);
            audit.recordCreate("organisation.body.created", "organisation_body", newId, "Added the body " + name.raw(se.bygdeportalen.platform.i18n.Lang.SV),
                    Map.of("slug", slug, "kind", kind.name(), "name", name.toJson()));
            return newId;
        }
        Changes changes = new Changes()
                .field("slug", existing.body().slug(), slug)
                .field("kind", existing.body().kind().name(), kind.name())
                .field("name", existing.body().name().toJson(), name.toJson())
                .field("parentId", existing.body().parentId(), parentId)
                .field("sort", existing.sort(), sort.intValue())
                .field("seats", existing.seats(), seatCount);
        if (changes.any()) {
            repository.updateBody(id, slug, kind, name, parentId, sort.intValue(), seatCount);
            audit.record("organisation.body.updated", "organisation_body", id, "Changed " + String.join(", ", changes.names())
                    + " of the body " + slug, changes.before(), changes.after());
        }
        return id;
    }

    static Long number(String value, String field, Errors errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "typeMismatch");
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
