package se.bygdeportalen.organisation.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.organisation.Village;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.audit.Changes;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;

/** An administrator adds a village or corrects its names. */
@Component
public class SaveVillage {

    /** A village to add ({@code id} null) or change. */
    public record Command(
            @Nullable Long id,
            @Nullable String slug,
            @Nullable TranslatableText name) {}

    private final OrganisationRepository repository;
    private final AuditLog audit;

    SaveVillage(OrganisationRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    public Result saveVillage(Command command, Actor actor) {
        OrganisationAccess.ADMINISTRATORS.check(actor, command);
        Long id = command.id();
        Village existing = id == null ? null : repository.village(id).orElseThrow(Problem::notFound);
        Violations violations = new Violations();
        String slug = command.slug() == null ? "" : command.slug().strip();
        if (!slug.matches(SaveBody.SLUG)) {
            violations.reject("slug", "Pattern");
        } else if (repository.villageSlugTaken(slug, id)) {
            violations.reject("slug", "taken");
        }
        if (command.name() == null) {
            violations.reject("name[sv]", "validation.translatable.swedishRequired");
        }
        TranslatableText name = command.name();
        if (violations.any() || name == null) { // a missing name is a violation above
            return violations.invalid();
        }
        if (existing == null) {
            long newId = repository.insertVillage(slug, name);
            audit.recordCreate(
                    actor,
                    OrganisationAudit.VILLAGE_CREATED,
                    "organisation_village",
                    newId,
                    "Added the village " + name.raw(Lang.SV),
                    Map.of("slug", slug, "name", name.toJson()));
            return Result.saved(newId);
        }
        Changes changes = new Changes()
                .field("slug", existing.slug(), slug)
                .field("name", existing.name().toJson(), name.toJson());
        if (changes.any()) {
            repository.updateVillage(existing.id(), slug, name);
            audit.record(
                    actor,
                    OrganisationAudit.VILLAGE_UPDATED,
                    "organisation_village",
                    id,
                    "Changed the village " + slug,
                    changes.before(),
                    changes.after());
        }
        return Result.saved(existing.id());
    }
}
