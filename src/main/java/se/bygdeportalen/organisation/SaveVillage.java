package se.bygdeportalen.organisation;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.audit.Changes;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.web.TranslatableInput;

/** An administrator adds a village or corrects its names. */
@Component
class SaveVillage {

    private final OrganisationRepository repository;
    private final Organisation organisation;
    private final AuditLog audit;

    SaveVillage(OrganisationRepository repository, Organisation organisation, AuditLog audit) {
        this.repository = repository;
        this.organisation = organisation;
        this.audit = audit;
    }

    @Transactional
    long save(Long id, OrganisationForms.VillageForm form, Errors errors) {
        Village existing = id == null ? null : repository.village(id).orElseThrow(Problem::notFound);
        TranslatableText name = TranslatableInput.read(form.name(), "name", true, 80, errors);
        String slug = form.slug() == null ? "" : form.slug().strip();
        if (!slug.matches(SaveBody.SLUG)) {
            errors.rejectValue("slug", "Pattern");
        } else if (repository.villageSlugTaken(slug, id)) {
            errors.rejectValue("slug", "taken");
        }
        if (errors.hasErrors()) {
            return -1;
        }
        if (existing == null) {
            long newId = organisation.addVillage(slug, name);
            audit.recordCreate("organisation.village.created", "organisation_village", newId, "Added the village " + name.raw(Lang.SV),
                    Map.of("slug", slug, "name", name.toJson()));
            return newId;
        }
        Changes changes = new Changes().field("slug", existing.slug(), slug).field("name", existing.name().toJson(), name.toJson());
        if (changes.any()) {
            repository.updateVillage(id, slug, name);
            audit.record("organisation.village.updated", "organisation_village", id, "Changed the village " + slug,
                    changes.before(), changes.after());
        }
        return id;
    }
}
